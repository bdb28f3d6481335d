import { cardRef, recordAction, recordCardAction, recordCardUpdate } from "../actions.js";
import { attachmentUrl, boardLabels, boardMembers, targetList } from "../card-input.js";
import { ApiError, invalidValue } from "../errors.js";
import { pickFields } from "../filters.js";
import { parseBoolean, parseDate, parsePosition, parseText } from "../params.js";
import { resolvePosition } from "../positions.js";
import { addAttachment } from "./card-parts.js";
function createCard({ store, json, params, member }) {
    const list = targetList(store, params);
    if (!list)
        throw invalidValue('idList');
    const board = store.board(list.idBoard);
    const now = store.now();
    const card = {
        id: store.ids.objectId(),
        idBoard: board.id,
        idList: list.id,
        idShort: store.nextIdShort(board.id),
        shortLink: store.uniqueShortLink(),
        name: parseText(params, 'name') ?? '',
        desc: parseText(params, 'desc') ?? '',
        closed: false,
        pos: resolvePosition(parsePosition(params), store.cardsInList(list.id).map((c) => c.pos)),
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
    if (sourceUrl !== undefined)
        addAttachment(store, member, card, sourceUrl, sourceUrl);
    store.touchBoard(board.id, now);
    store.changed();
    return json.card(card, 'created');
}
/** Applies the fields a PUT names; each change goes into the board's history as Trello records it. */
function updateCard({ store, json, member, path }, params) {
    const card = store.card(path['id'] ?? '');
    const list = targetList(store, params);
    const board = store.board(list?.idBoard ?? card.idBoard);
    const before = { ...card };
    const name = parseText(params, 'name');
    if (name !== undefined && name.trim() === '')
        throw invalidValue('name');
    const pos = parsePosition(params);
    const changes = {
        name,
        desc: parseText(params, 'desc'),
        closed: parseBoolean(params, 'closed'),
        due: parseDate(params, 'due'),
        start: parseDate(params, 'start'),
        dueComplete: parseBoolean(params, 'dueComplete'),
        idLabels: boardLabels(store, board, params),
        idMembers: boardMembers(board, params),
    };
    if (list)
        Object.assign(card, { idList: list.id, idBoard: list.idBoard });
    for (const [field, value] of Object.entries(changes)) {
        if (value !== undefined)
            Object.assign(card, { [field]: value });
    }
    if (pos !== undefined) {
        const siblings = store.cardsInList(card.idList).filter((c) => c.id !== card.id);
        card.pos = resolvePosition(pos, siblings.map((c) => c.pos));
    }
    card.dateLastActivity = store.now();
    recordCardUpdate(store, member, before, card);
    store.touchBoard(card.idBoard, card.dateLastActivity);
    store.changed();
    return json.card(card, 'updated');
}
/** The fields `PUT /cards/{id}/{field}?value=` sets (R for idList and idBoard; the rest are the same route family, O). */
const CARD_FIELDS = new Set([
    'name',
    'desc',
    'closed',
    'idList',
    'idBoard',
    'due',
    'dueComplete',
    'start',
    'pos',
]);
/** `PUT /cards/{id}/{field}?value=…`: the older one-field form of an update. */
function updateCardField(request) {
    const field = request.path['field'] ?? '';
    if (!CARD_FIELDS.has(field))
        throw new ApiError(404, `Cannot PUT /1/cards/${request.path['id'] ?? ''}/${field}`);
    const value = request.params.get('value');
    if (value === undefined)
        throw invalidValue('value');
    // Moving to another board names the list there (recorded: `idBoard?value=…&idList=…`); the list implies the board.
    const fields = new Map(field === 'idBoard' ? [['idList', request.params.get('idList') ?? '']] : [[field, value]]);
    return updateCard(request, fields);
}
/** `GET /1/cards/{id}` can nest checklists, attachments and members, as the real one can. */
function getCard({ store, json, params, path }) {
    const card = store.card(path['id'] ?? '');
    const body = pickFields(json.card(card, 'read'), params.get('fields'));
    if (params.get('checklists') === 'all')
        body['checklists'] = store.checklistsOfCard(card.id).map((c) => json.checklist(c));
    if (params.get('attachments') === 'true')
        body['attachments'] = store.attachmentsOf(card.id).map((a) => json.attachment(a));
    if (params.get('members') === 'true')
        body['members'] = card.idMembers.map((id) => json.member(store.member(id)));
    return body;
}
export function registerCardRoutes(router) {
    router.add('POST', '/1/cards', createCard);
    router.add('GET', '/1/cards/:id', getCard);
    router.add('PUT', '/1/cards/:id', (request) => updateCard(request, request.params));
    router.add('DELETE', '/1/cards/:id', ({ store, path, member }) => {
        const card = store.card(path['id'] ?? '');
        store.deleteCard(card);
        const { name: _name, ...ref } = cardRef(card);
        recordAction(store, 'deleteCard', member, store.board(card.idBoard), {
            card: ref,
            list: { id: card.idList },
        });
        store.touchBoard(card.idBoard, store.now());
        return { limits: {} };
    });
}
/** Registered after every other card route, so that `/cards/{id}/{anything}` is the last resort. */
export function registerCardFieldRoute(router) {
    router.add('PUT', '/1/cards/:id/:field', updateCardField);
}
//# sourceMappingURL=cards.js.map