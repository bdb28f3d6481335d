import { DEFAULT_CARD_ACTION_FILTER, actionMatches, recordCardAction, recordCardUpdate } from "../actions.js";
import { attachmentUrl } from "../card-input.js";
import { ApiError, invalidValue, notFound } from "../errors.js";
import { isObjectId } from "../ids.js";
import { requireText } from "../params.js";
import { resolvePosition } from "../positions.js";
export function addAttachment(store, member, card, url, name) {
    const attachment = {
        id: store.ids.objectId(),
        idCard: card.id,
        idMember: member.id,
        name,
        url,
        date: store.now(),
        pos: resolvePosition('bottom', store.attachmentsOf(card.id).map((a) => a.pos)),
    };
    store.data.attachments.push(attachment);
    card.dateLastActivity = attachment.date;
    recordCardAction(store, 'addAttachmentToCard', member, card, {
        attachment: { id: attachment.id, name, url },
    });
    return attachment;
}
function touched(store, card) {
    card.dateLastActivity = store.now();
    store.touchBoard(card.idBoard, card.dateLastActivity);
    store.changed();
}
/** `POST /cards/{id}/idLabels?value=` and `/idMembers`: add one id to the card's list of them. */
function addToCard(field) {
    return ({ store, path, params, json, member }) => {
        const card = store.card(path['id'] ?? '');
        const value = (params.get('value') ?? '').toLowerCase();
        if (!isObjectId(value))
            throw invalidValue('value');
        const allowed = field === 'idLabels'
            ? store.labelsOf(card.idBoard).map((l) => l.id)
            : store.board(card.idBoard).idMembers;
        if (!allowed.includes(value))
            throw invalidValue('value');
        // (?) Trello's wording for a duplicate label is known; the one for members is modelled on it.
        if (card[field].includes(value))
            throw new ApiError(400, `that ${field === 'idLabels' ? 'label' : 'member'} is already on the card`);
        const before = { ...card };
        card[field] = [...card[field], value];
        recordCardUpdate(store, member, before, card);
        touched(store, card);
        return field === 'idLabels' ? card.idLabels : card.idMembers.map((id) => json.member(store.member(id)));
    };
}
function removeFromCard(field, param) {
    return ({ store, path, member }) => {
        const card = store.card(path['id'] ?? '');
        const value = (path[param] ?? '').toLowerCase();
        if (!card[field].includes(value))
            throw notFound();
        const before = { ...card };
        card[field] = card[field].filter((id) => id !== value);
        recordCardUpdate(store, member, before, card);
        touched(store, card);
        return { limits: {} };
    };
}
export function registerCardPartRoutes(router) {
    router.add('POST', '/1/cards/:id/actions/comments', ({ store, json, path, params, member }) => {
        const card = store.card(path['id'] ?? '');
        const text = requireText(params, 'text');
        const action = recordCardAction(store, 'commentCard', member, card, { text, textData: { emoji: {} } });
        touched(store, card);
        return json.comment(action);
    });
    router.add('GET', '/1/cards/:id/actions', ({ store, json, path, params }) => {
        const card = store.card(path['id'] ?? '');
        const filter = params.get('filter') ?? DEFAULT_CARD_ACTION_FILTER;
        return store
            .actionsOf(card.id)
            .filter((a) => actionMatches(a, filter))
            .map((a) => json.action(a));
    });
    router.add('GET', '/1/cards/:id/attachments', ({ store, json, path }) => {
        return store.attachmentsOf(store.card(path['id'] ?? '').id).map((a) => json.attachment(a));
    });
    router.add('POST', '/1/cards/:id/attachments', ({ store, json, path, params, member }) => {
        const card = store.card(path['id'] ?? '');
        const url = attachmentUrl(params.get('url'), 'url');
        const name = params.get('name') ?? url;
        if (name.length > 256)
            throw invalidValue('name');
        const attachment = addAttachment(store, member, card, url, name);
        touched(store, card);
        return json.attachment(attachment);
    });
    router.add('POST', '/1/cards/:id/idLabels', addToCard('idLabels'));
    router.add('DELETE', '/1/cards/:id/idLabels/:idLabel', removeFromCard('idLabels', 'idLabel'));
    router.add('POST', '/1/cards/:id/idMembers', addToCard('idMembers'));
    router.add('DELETE', '/1/cards/:id/idMembers/:idMember', removeFromCard('idMembers', 'idMember'));
}
//# sourceMappingURL=card-parts.js.map