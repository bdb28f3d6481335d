import { actionMatches } from "../actions.js";
import { pageLimit, withinBounds } from "../card-reads.js";
import { invalidValue } from "../errors.js";
/** Trello's default page of actions (D). */
const DEFAULT_ACTIONS_LIMIT = 50;
/**
 * `GET /1/boards/{id}/actions`, as Trello documents it: `filter` is a comma
 * list of types (default `all`), `since` and `before` an action id or a
 * date, `limit` 0–1000 (default 50), `page` counts pages of `limit`
 * (?: Trello does not say how far `page` may go); newest first.
 */
export function registerActionRoutes(router) {
    router.add('GET', '/1/boards/:id/actions', ({ store, json, path, params }) => {
        const board = store.board(path['id'] ?? '');
        const filter = params.get('filter') ?? 'all';
        const limit = pageLimit(params, DEFAULT_ACTIONS_LIMIT) ?? DEFAULT_ACTIONS_LIMIT;
        const page = Number(params.get('page') ?? 0);
        if (!Number.isInteger(page) || page < 0)
            throw invalidValue('page');
        return withinBounds(store.actionsOfBoard(board.id), params)
            .filter((a) => actionMatches(a, filter))
            .slice(page * limit, (page + 1) * limit)
            .map((a) => json.action(a));
    });
}
//# sourceMappingURL=actions.js.map