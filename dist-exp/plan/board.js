import { parseMarker } from "./marker.js";
export function boardView(snapshot) {
    const cardsById = new Map(snapshot.cards.map((c) => [c.id, c]));
    const closedLists = new Set(snapshot.lists.filter((l) => l.closed).map((l) => l.id));
    const inClosedList = (card) => closedLists.has(card.idList);
    return {
        card: (id) => (id === null ? undefined : cardsById.get(id)),
        marked: indexMarkedCards(snapshot.cards),
        checklists: snapshot.checklists,
        isArchived: (card) => card.closed || inClosedList(card),
        inClosedList,
    };
}
/** Trello ids are Mongo ObjectIds: the first 8 hex digits are the creation time. */
const byAge = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
function indexMarkedCards(cards) {
    const byKey = new Map();
    for (const card of cards) {
        const key = parseMarker(card.desc);
        if (key === null)
            continue;
        byKey.set(key, [...(byKey.get(key) ?? []), card]);
    }
    for (const list of byKey.values())
        list.sort(byAge);
    return {
        get: (key) => byKey.get(key)?.[0],
        duplicates: () => [...byKey.values()].flatMap((list) => list.slice(1)),
    };
}
//# sourceMappingURL=board.js.map