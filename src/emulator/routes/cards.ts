import { recordCardAction } from '../actions.ts';
import { attachmentUrl, boardLabels, boardMembers, targetList } from '../card-input.ts';
import { invalidValue } from '../errors.ts';
import { pickFields } from '../filters.ts';
import type { CardRecord } from '../model.ts';
import { parseBoolean, parseDate, parsePosition, parseText } from '../params.ts';
import { resolvePosition } from '../positions.ts';
import type { ApiRequest, Router } from '../router.ts';
import { addAttachment } from './card-parts.ts';

function createCard({ store, json, params, member }: ApiRequest): unknown {
  const list = targetList(store, params);
  if (!list) throw invalidValue('idList');
  const board = store.board(list.idBoard);
  const now = store.now();
  const card: CardRecord = {
    id: store.ids.objectId(),
    idBoard: board.id,
    idList: list.id,
    idShort: store.nextIdShort(board.id),
    shortLink: store.uniqueShortLink(),
    name: parseText(params, 'name') ?? '',
    desc: parseText(params, 'desc') ?? '',
    closed: false,
    pos: resolvePosition(
      parsePosition(params),
      store.cardsInList(list.id).map((c) => c.pos),
    ),
    due: parseDate(params, 'due') ?? null,
    start: parseDate(params, 'start') ?? null,
    dueComplete: parseBoolean(params, 'dueComplete') ?? false,
    idLabels: boardLabels(store, board, params) ?? [],
    idMembers: boardMembers(board, params) ?? [],
    idMemberCreator: member.id,
    dateCreated: now,
    dateLastActivity: now,
  };
  const urlSource = params.get('urlSource');
  const sourceUrl = urlSource === undefined ? undefined : attachmentUrl(urlSource, 'urlSource');
  store.data.cards.push(card);
  recordCardAction(store, 'createCard', member, card);
  if (sourceUrl !== undefined) addAttachment(store, member, card, sourceUrl, sourceUrl);
  store.touchBoard(board.id, now);
  store.changed();
  return json.card(card);
}

/** Applies the fields a PUT names; the old values of moved or archived cards go into the history. */
function updateCard({ store, json, params, member, path }: ApiRequest): unknown {
  const card = store.card(path['id'] ?? '');
  const list = targetList(store, params);
  const board = store.board(list?.idBoard ?? card.idBoard);
  const before = { ...card };
  const name = parseText(params, 'name');
  if (name !== undefined && name.trim() === '') throw invalidValue('name');
  const pos = parsePosition(params);
  const changes: Partial<CardRecord> = {
    name,
    desc: parseText(params, 'desc'),
    closed: parseBoolean(params, 'closed'),
    due: parseDate(params, 'due'),
    start: parseDate(params, 'start'),
    dueComplete: parseBoolean(params, 'dueComplete'),
    idLabels: boardLabels(store, board, params),
    idMembers: boardMembers(board, params),
  };
  if (list) Object.assign(card, { idList: list.id, idBoard: list.idBoard });
  for (const [field, value] of Object.entries(changes)) {
    if (value !== undefined) Object.assign(card, { [field]: value });
  }
  if (pos !== undefined) {
    const siblings = store.cardsInList(card.idList).filter((c) => c.id !== card.id);
    card.pos = resolvePosition(
      pos,
      siblings.map((c) => c.pos),
    );
  }
  card.dateLastActivity = store.now();
  for (const field of ['idList', 'closed', 'name', 'desc'] as const) {
    if (before[field] !== card[field])
      recordCardAction(store, 'updateCard', member, card, { old: { [field]: before[field] } });
  }
  store.touchBoard(card.idBoard, card.dateLastActivity);
  store.changed();
  return json.card(card);
}

/** `GET /1/cards/{id}` can nest checklists, attachments and members, as the real one can. */
function getCard({ store, json, params, path }: ApiRequest): unknown {
  const card = store.card(path['id'] ?? '');
  const body: Record<string, unknown> = pickFields(json.card(card), params.get('fields'));
  if (params.get('checklists') === 'all')
    body['checklists'] = store.checklistsOfCard(card.id).map((c) => json.checklist(c));
  if (params.get('attachments') === 'true')
    body['attachments'] = store.attachmentsOf(card.id).map((a) => json.attachment(a));
  if (params.get('members') === 'true')
    body['members'] = card.idMembers.map((id) => json.member(store.member(id)));
  return body;
}

export function registerCardRoutes(router: Router): void {
  router.add('POST', '/1/cards', createCard);
  router.add('GET', '/1/cards/:id', getCard);
  router.add('PUT', '/1/cards/:id', updateCard);
  router.add('DELETE', '/1/cards/:id', ({ store, path }) => {
    const card = store.card(path['id'] ?? '');
    store.deleteCard(card);
    store.touchBoard(card.idBoard, store.now());
    return { limits: {} };
  });
}
