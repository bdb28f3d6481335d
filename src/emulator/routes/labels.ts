import { pickFields } from '../filters.ts';
import { requireText } from '../params.ts';
import type { Router } from '../router.ts';
import { createLabel } from './creation.ts';

export function registerLabelRoutes(router: Router): void {
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
    for (const card of store.data.cards) card.idLabels = card.idLabels.filter((id) => id !== label.id);
    store.changed();
    return { limits: {} };
  });
}
