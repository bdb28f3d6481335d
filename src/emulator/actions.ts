import type { ActionRecord, CardRecord, MemberRecord } from './model.ts';
import type { Store } from './store.ts';

/** Cards keep a history Trello exposes as actions; these are the ones report-sync can cause. */
export function recordCardAction(
  store: Store,
  type: string,
  member: MemberRecord,
  card: CardRecord,
  extra: Record<string, unknown> = {},
): ActionRecord {
  const board = store.board(card.idBoard);
  const list = store.data.lists.find((l) => l.id === card.idList);
  const action: ActionRecord = {
    id: store.ids.objectId(),
    type,
    date: store.now(),
    idMemberCreator: member.id,
    idBoard: card.idBoard,
    idCard: card.id,
    data: {
      ...extra,
      card: {
        id: card.id,
        name: card.name,
        idShort: card.idShort,
        shortLink: card.shortLink,
        idList: card.idList,
      },
      board: { id: board.id, name: board.name, shortLink: board.shortLink },
      list: list ? { id: list.id, name: list.name } : undefined,
    },
  };
  store.data.actions.push(action);
  return action;
}

/**
 * Reads an action `filter` (`commentCard,updateCard:idList`, `all`): a
 * `type:field` entry matches updates whose `old` value names that field.
 */
export function actionMatches(action: ActionRecord, filter: string): boolean {
  if (filter === 'all') return true;
  return filter.split(',').some((entry) => {
    const [type, field] = entry.trim().split(':');
    if (type !== action.type) return false;
    if (field === undefined) return true;
    const old = action.data['old'];
    return typeof old === 'object' && old !== null && field in old;
  });
}

/** Trello's default for a card's actions: its comments and its moves between lists. */
export const DEFAULT_CARD_ACTION_FILTER = 'commentCard,updateCard:idList';
