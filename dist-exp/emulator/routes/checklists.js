import { recordCardAction } from "../actions.js";
import { ApiError, invalidValue, notFound } from "../errors.js";
import { parseBoolean, parsePosition, parseText, requireText } from "../params.js";
import { resolvePosition } from "../positions.js";
function addChecklist(store, member, card, request) {
    const name = parseText(request.params, 'name');
    const checklist = {
        id: store.ids.objectId(),
        idBoard: card.idBoard,
        idCard: card.id,
        // Without a name Trello calls it "Checklist" (O).
        name: name === undefined || name.trim() === '' ? 'Checklist' : name,
        pos: resolvePosition(parsePosition(request.params), store.checklistsOfCard(card.id).map((c) => c.pos)),
        checkItems: [],
    };
    store.data.checklists.push(checklist);
    recordCardAction(store, 'addChecklistToCard', member, card, {
        checklist: { id: checklist.id, name: checklist.name },
    });
    touchCard(store, card);
    return checklist;
}
function touchCard(store, card) {
    card.dateLastActivity = store.now();
    store.touchBoard(card.idBoard, card.dateLastActivity);
    store.changed();
}
function parseState(raw) {
    if (raw === undefined)
        return undefined;
    if (raw === 'complete' || raw === 'true')
        return 'complete';
    if (raw === 'incomplete' || raw === 'false')
        return 'incomplete';
    throw invalidValue('state');
}
export function registerChecklistRoutes(router) {
    router.add('GET', '/1/cards/:id/checklists', ({ store, json, path }) => {
        return store.checklistsOfCard(store.card(path['id'] ?? '').id).map((c) => json.checklist(c));
    });
    router.add('POST', '/1/cards/:id/checklists', (request) => {
        const card = request.store.card(request.path['id'] ?? '');
        return request.json.checklist(addChecklist(request.store, request.member, card, request));
    });
    router.add('POST', '/1/checklists', (request) => {
        const idCard = requireText(request.params, 'idCard');
        const card = request.store.data.cards.find((c) => c.id === idCard.toLowerCase() || c.shortLink === idCard);
        // An unknown card is refused as a permission problem (R).
        if (!card)
            throw new ApiError(401, 'unauthorized board requested');
        return request.json.checklist(addChecklist(request.store, request.member, card, request), true);
    });
    router.add('GET', '/1/checklists/:id', ({ store, json, path }) => json.checklist(store.checklist(path['id'] ?? '')));
    router.add('GET', '/1/checklists/:id/checkItems', ({ store, json, path }) => {
        const checklist = store.checklist(path['id'] ?? '');
        return checklist.checkItems.map((item) => json.checkItem(checklist, item));
    });
    router.add('POST', '/1/checklists/:id/checkItems', ({ store, json, path, params }) => {
        const checklist = store.checklist(path['id'] ?? '');
        const item = {
            id: store.ids.objectId(),
            name: requireText(params, 'name'),
            pos: resolvePosition(parsePosition(params), checklist.checkItems.map((i) => i.pos)),
            state: parseBoolean(params, 'checked') ? 'complete' : 'incomplete',
            due: null,
            idMember: null,
        };
        checklist.checkItems = [...checklist.checkItems, item].sort((a, b) => a.pos - b.pos);
        touchCard(store, store.card(checklist.idCard));
        return json.checkItem(checklist, item, 'created');
    });
    router.add('PUT', '/1/cards/:id/checkItem/:idCheckItem', ({ store, json, path, params, member }) => {
        const card = store.card(path['id'] ?? '');
        const checklist = store
            .checklistsOfCard(card.id)
            .find((c) => c.checkItems.some((i) => i.id === path['idCheckItem']));
        const item = checklist?.checkItems.find((i) => i.id === path['idCheckItem']);
        if (!checklist || !item)
            throw notFound();
        const name = parseText(params, 'name');
        if (name !== undefined)
            item.name = requireText(params, 'name');
        const state = parseState(params.get('state')) ?? item.state;
        if (state !== item.state) {
            item.state = state;
            recordCardAction(store, 'updateCheckItemStateOnCard', member, card, {
                checklist: { id: checklist.id, name: checklist.name },
                checkItem: { id: item.id, name: item.name, state },
            });
        }
        touchCard(store, card);
        return json.checkItem(checklist, item, 'updated');
    });
}
//# sourceMappingURL=checklists.js.map