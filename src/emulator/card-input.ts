import { ApiError, invalidValue } from './errors.ts';
import { isObjectId } from './ids.ts';
import type { BoardRecord, ListRecord } from './model.ts';
import { type Params, parseIdList } from './params.ts';
import type { Store } from './store.ts';

/**
 * The checks a card's references go through on create and update. Wording
 * for unknown labels and members is not confirmed (?); they are refused
 * rather than silently dropped so a client bug shows up here first.
 */
export function targetList(store: Store, params: Params): ListRecord | undefined {
  const idList = params.get('idList');
  if (idList === undefined) return undefined;
  if (!isObjectId(idList)) throw invalidValue('idList');
  const list = store.data.lists.find((l) => l.id === idList.toLowerCase());
  if (!list) throw new ApiError(404, 'could not find the board that the card belongs to');
  return list;
}

export function boardLabels(store: Store, board: BoardRecord, params: Params): string[] | undefined {
  const ids = parseIdList(params, 'idLabels');
  if (ids === undefined) return undefined;
  const known = new Set(store.labelsOf(board.id).map((l) => l.id));
  if (ids.some((id) => !known.has(id))) throw invalidValue('idLabels');
  return ids;
}

export function boardMembers(board: BoardRecord, params: Params): string[] | undefined {
  const ids = parseIdList(params, 'idMembers');
  if (ids === undefined) return undefined;
  if (ids.some((id) => !board.idMembers.includes(id))) throw invalidValue('idMembers');
  return ids;
}

/** URL attachments take http(s) URLs only (D). */
export function attachmentUrl(raw: string | undefined, name: string): string {
  if (raw === undefined) throw invalidValue(name);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw invalidValue(name);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw invalidValue(name);
  return raw;
}
