import type {
  ActionAnswer,
  BoardAnswer,
  CardAnswer,
  CheckItemAnswer,
  ChecklistAnswer,
  LabelAnswer,
  ListAnswer,
  MemberAnswer,
} from './schemas.ts';
import type {
  BoardRef,
  CardChanges,
  NewCard,
  TrelloAction,
  TrelloCard,
  TrelloCheckItem,
  TrelloChecklist,
  TrelloLabel,
  TrelloList,
  TrelloMember,
} from './types.ts';

/**
 * Trello's answers (read with schemas.ts, where every field but `id` may be
 * null or absent) to the model report-sync works with. A missing field takes
 * Trello's own default for it.
 */

/** The default board answer has no `shortLink` (R); its `shortUrl` ends in it. */
export function toBoardRef(board: BoardAnswer): BoardRef {
  const shortLink = board.shortLink ?? board.shortUrl?.split('/').filter(Boolean).pop() ?? '';
  return { id: board.id, shortLink, name: board.name ?? '', url: board.url ?? '' };
}

export function toList(list: ListAnswer): TrelloList {
  return { id: list.id, name: list.name ?? '', closed: list.closed ?? false, pos: list.pos ?? 0 };
}

export function toLabel(label: LabelAnswer): TrelloLabel {
  return { id: label.id, name: label.name ?? '', color: label.color ?? null };
}

export function toMember(member: MemberAnswer): TrelloMember {
  return { id: member.id, username: member.username ?? '', fullName: member.fullName ?? '' };
}

export function toCheckItem(item: CheckItemAnswer): TrelloCheckItem {
  return { id: item.id, name: item.name ?? '', state: item.state === 'complete' ? 'complete' : 'incomplete' };
}

export function toChecklist(
  checklist: ChecklistAnswer,
  items: readonly CheckItemAnswer[] = checklist.checkItems ?? [],
): TrelloChecklist {
  return {
    id: checklist.id,
    idCard: checklist.idCard ?? '',
    name: checklist.name ?? '',
    checkItems: items.map(toCheckItem),
  };
}

export function toCard(card: CardAnswer): TrelloCard {
  return {
    id: card.id,
    name: card.name ?? '',
    desc: card.desc ?? '',
    idList: card.idList ?? '',
    idLabels: (card.idLabels ?? []).map((label) => (typeof label === 'string' ? label : label.id)),
    idMembers: card.idMembers ?? [],
    closed: card.closed ?? false,
    pos: card.pos ?? 0,
    url: card.url ?? '',
    shortUrl: card.shortUrl ?? '',
    dateLastActivity: card.dateLastActivity ?? '',
    due: card.due ?? null,
    dueComplete: card.dueComplete ?? false,
  };
}

export function toAction(action: ActionAnswer): TrelloAction {
  const { data, memberCreator } = action;
  return {
    id: action.id,
    type: action.type,
    date: action.date,
    idMemberCreator: action.idMemberCreator ?? memberCreator?.id ?? '',
    memberCreator: memberCreator
      ? {
          id: memberCreator.id,
          username: memberCreator.username ?? '',
          fullName: memberCreator.fullName ?? '',
        }
      : null,
    data: data ?? {},
  };
}

/** A new card as trello.js's create parameters, and the fields it was sent with (for a misshapen answer). */
export function createCardParams(card: NewCard) {
  const { idList, name, desc, idLabels, idMembers, due, dueComplete, pos } = card;
  const params = {
    idList,
    name,
    desc,
    idLabels,
    idMembers,
    due: due ?? undefined,
    dueComplete,
    pos: pos ?? ('bottom' as const),
  };
  return { params, sent: { idList, name, desc, idLabels, idMembers, due: due ?? null, closed: false } };
}

/** Changes to a card as Trello's update parameters: id lists comma-separated, a removed due date as `null`. */
export function updateCardParams(changes: CardChanges) {
  const { idLabels, idMembers, due, ...fields } = changes;
  const lists = { idLabels: idLabels?.join(','), idMembers: idMembers?.join(',') };
  // Trello removes a due date sent as `null`; an absent parameter leaves it as it is.
  const dueParam = due === undefined ? {} : { due: due ?? 'null' };
  return { ...fields, ...lists, ...dueParam };
}
