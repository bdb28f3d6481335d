/**
 * The board's history, kept as Trello keeps actions: who did what when, and
 * in `data` the board, list and card as they were then (shapes from Trello's
 * action-type docs and the recorded actions in ../shared/trello-recordings;
 * the recordings show createList, updateList, commentCard and
 * moveCardFromBoard, the rest are modelled on them (?)).
 */
export function recordAction(store, type, member, board, data, idCard = null) {
    const action = {
        id: store.ids.objectId(),
        type,
        date: store.now(),
        idMemberCreator: member.id,
        idBoard: board.id,
        idCard,
        data: { ...data, board: { id: board.id, name: board.name, shortLink: board.shortLink } },
    };
    store.data.actions.push(action);
    return action;
}
export const listRef = (list) => ({ id: list.id, name: list.name });
export const cardRef = (card) => ({
    id: card.id,
    name: card.name,
    idShort: card.idShort,
    shortLink: card.shortLink,
});
/** An action on a card: `data.card` and (unless `data` names lists itself) `data.list` are filled in. */
export function recordCardAction(store, type, member, card, data = {}) {
    const list = store.data.lists.find((l) => l.id === card.idList);
    const withList = 'listAfter' in data || !list ? {} : { list: listRef(list) };
    const cardData = { ...cardRef(card), ...(data['card'] ?? {}) };
    return recordAction(store, type, member, store.board(card.idBoard), { ...withList, ...data, card: cardData }, card.id);
}
/** The card fields whose changes Trello records as `updateCard`, each with its old value in `data.old`. */
const TRACKED_FIELDS = ['idList', 'closed', 'name', 'desc', 'due', 'dueComplete'];
/**
 * Records what a card update changed: one `updateCard` per field (Trello
 * records one action per field changed, ?), a move with `listBefore` and
 * `listAfter`, and `addMemberToCard` / `removeMemberFromCard` per member.
 */
export function recordCardUpdate(store, member, before, card) {
    for (const field of TRACKED_FIELDS) {
        if (before[field] === card[field])
            continue;
        const old = { [field]: before[field] };
        if (field === 'idList') {
            const listBefore = store.data.lists.find((l) => l.id === before.idList);
            const listAfter = store.data.lists.find((l) => l.id === card.idList);
            recordCardAction(store, 'updateCard', member, card, {
                card: { idList: card.idList },
                old,
                listBefore: listBefore ? listRef(listBefore) : { id: before.idList },
                listAfter: listAfter ? listRef(listAfter) : { id: card.idList },
            });
        }
        else {
            recordCardAction(store, 'updateCard', member, card, { card: { [field]: card[field] }, old });
        }
    }
    const added = card.idMembers.filter((id) => !before.idMembers.includes(id));
    const removed = before.idMembers.filter((id) => !card.idMembers.includes(id));
    for (const [type, ids] of [
        ['addMemberToCard', added],
        ['removeMemberFromCard', removed],
    ]) {
        for (const idMember of ids) {
            const who = store.data.members.find((m) => m.id === idMember);
            recordCardAction(store, type, member, card, {
                idMember,
                member: { id: idMember, name: who?.fullName },
            });
        }
    }
}
/**
 * Reads an action `filter` (`commentCard,updateCard:idList`, `all`): a
 * `type:field` entry matches updates whose `old` value names that field.
 */
export function actionMatches(action, filter) {
    if (filter === 'all')
        return true;
    return filter.split(',').some((entry) => {
        const [type, field] = entry.trim().split(':');
        if (type !== action.type)
            return false;
        if (field === undefined)
            return true;
        const old = action.data['old'];
        return typeof old === 'object' && old !== null && field in old;
    });
}
/** Trello's default for a card's actions: its comments and its moves between lists. */
export const DEFAULT_CARD_ACTION_FILTER = 'commentCard,updateCard:idList';
//# sourceMappingURL=actions.js.map