import { pickFields } from "../filters.js";
import { requireText } from "../params.js";
import { createLabel } from "./creation.js";
export function registerLabelRoutes(router) {
    router.add('POST', '/1/labels', ({ store, json, params }) => {
        const board = store.board(requireText(params, 'idBoard'));
        return json.label(createLabel(store, board, params), 'created');
    });
    router.add('GET', '/1/labels/:id', ({ store, json, path, params }) => {
        return pickFields(json.label(store.label(path['id'] ?? '')), params.get('fields'));
    });
    /** Deleting a label takes it off every card that had it. */
    router.add('DELETE', '/1/labels/:id', ({ store, path }) => {
        const label = store.label(path['id'] ?? '');
        store.data.labels = store.data.labels.filter((l) => l.id !== label.id);
        for (const card of store.data.cards)
            card.idLabels = card.idLabels.filter((id) => id !== label.id);
        store.changed();
        return { limits: {} };
    });
}
//# sourceMappingURL=labels.js.map