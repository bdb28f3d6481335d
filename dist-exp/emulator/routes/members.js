import { filterBoards } from "../filters.js";
export function registerMemberRoutes(router) {
    /** `me` is the token's member; an id or username names another one. */
    router.add('GET', '/1/members/:id', ({ store, json, path, member }) => {
        const id = path['id'] ?? '';
        return json.memberDetail(id === 'me' ? member : store.member(id));
    });
    router.add('GET', '/1/members/:id/boards', ({ store, json, path, params, member }) => {
        const id = path['id'] ?? '';
        const who = id === 'me' ? member : store.member(id);
        const boards = store.data.boards.filter((b) => b.idMembers.includes(who.id));
        return filterBoards(boards, params.get('filter')).map((b) => json.board(b, 'all'));
    });
}
//# sourceMappingURL=members.js.map