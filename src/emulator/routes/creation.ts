import { invalidValue } from '../errors.ts';
import type { BoardRecord, LabelRecord, ListRecord } from '../model.ts';
import { type Params, parsePosition, requireText } from '../params.ts';
import { resolvePosition } from '../positions.ts';
import type { Store } from '../store.ts';
import { LABEL_COLORS } from '../label-colors.ts';

/** Lists and labels are created the same way from `/boards/{id}/…` and from `/lists`, `/labels` with `idBoard`. */
export function createList(store: Store, board: BoardRecord, params: Params): ListRecord {
  const siblings = store.listsOf(board.id).map((l) => l.pos);
  const list: ListRecord = {
    id: store.ids.objectId(),
    idBoard: board.id,
    name: requireText(params, 'name'),
    closed: false,
    pos: resolvePosition(parsePosition(params), siblings),
  };
  store.data.lists.push(list);
  store.touchBoard(board.id, store.now());
  store.changed();
  return list;
}

export function createLabel(store: Store, board: BoardRecord, params: Params): LabelRecord {
  const label: LabelRecord = {
    id: store.ids.objectId(),
    idBoard: board.id,
    name: params.get('name') ?? '',
    color: parseColor(params.get('color')),
  };
  if (label.name.length > 16384) throw invalidValue('name');
  store.data.labels.push(label);
  store.touchBoard(board.id, store.now());
  store.changed();
  return label;
}

/** A label without colour is `null`; Trello takes `null` or an empty value for it. */
function parseColor(raw: string | undefined): string | null {
  if (raw === undefined || raw === '' || raw === 'null') return null;
  if (!LABEL_COLORS.has(raw)) throw invalidValue('color');
  return raw;
}
