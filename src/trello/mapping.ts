import type { Board, Card, CheckItem, Checklist, Label, Member, TrelloList as ApiList } from 'trello.js';
import type {
  BoardRef,
  TrelloCard,
  TrelloCheckItem,
  TrelloChecklist,
  TrelloLabel,
  TrelloList,
  TrelloMember,
} from './types.ts';

/**
 * trello.js models (Zod-parsed, every field but `id` optional) to the model
 * report-sync works with. A missing field takes Trello's own default for it.
 */

export function toBoardRef(board: Board): BoardRef {
  return { id: board.id, shortLink: board.shortLink ?? '', name: board.name ?? '', url: board.url ?? '' };
}

export function toList(list: ApiList): TrelloList {
  return { id: list.id, name: list.name ?? '', closed: list.closed ?? false, pos: list.pos ?? 0 };
}

export function toLabel(label: Label): TrelloLabel {
  return { id: label.id, name: label.name ?? '', color: label.color ?? null };
}

export function toMember(member: Member): TrelloMember {
  return { id: member.id, username: member.username ?? '', fullName: member.fullName ?? '' };
}

export function toCheckItem(item: CheckItem): TrelloCheckItem {
  return { id: item.id, name: item.name ?? '', state: item.state === 'complete' ? 'complete' : 'incomplete' };
}

export function toChecklist(
  checklist: Checklist,
  items: readonly CheckItem[] = checklist.checkItems ?? [],
): TrelloChecklist {
  return {
    id: checklist.id,
    idCard: checklist.idCard ?? '',
    name: checklist.name ?? '',
    checkItems: items.map(toCheckItem),
  };
}

export function toCard(card: Card): TrelloCard {
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
    dateLastActivity: card.dateLastActivity?.toISOString() ?? '',
  };
}
