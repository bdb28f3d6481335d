import { cardFilter, filterCards, pickFields } from '../filters.ts';
import { parseBoolean, parsePosition, parseText, requireText } from '../params.ts';
import { resolvePosition } from '../positions.ts';
import type { Router } from '../router.ts';
import { createList } from './creation.ts';

export function registerListRoutes(router: Router): void {
  router.add('POST', '/1/lists', ({ store, json, params }) => {
    const board = store.board(requireText(params, 'idBoard'));
    return json.list(createList(store, board, params));
  });

  router.add('GET', '/1/lists/:id', ({ store, json, path, params }) => {
    return pickFields(json.list(store.list(path['id'] ?? '')), params.get('fields'));
  });

  /** Renaming, archiving (`closed`) and moving a list; its cards keep their own `closed`. */
  router.add('PUT', '/1/lists/:id', ({ store, json, path, params }) => {
    const list = store.list(path['id'] ?? '');
    const name = parseText(params, 'name');
    if (name !== undefined) list.name = requireText(params, 'name');
    list.closed = parseBoolean(params, 'closed') ?? list.closed;
    const pos = parsePosition(params);
    if (pos !== undefined) {
      const siblings = store.listsOf(list.idBoard).filter((l) => l.id !== list.id);
      list.pos = resolvePosition(
        pos,
        siblings.map((l) => l.pos),
      );
    }
    store.touchBoard(list.idBoard, store.now());
    store.changed();
    return json.list(list);
  });

  router.add('GET', '/1/lists/:id/cards', ({ store, json, path, params }) => {
    const list = store.list(path['id'] ?? '');
    return filterCards(store, store.cardsInList(list.id), cardFilter(params.get('filter'), 'open')).map((c) =>
      json.card(c),
    );
  });
}
