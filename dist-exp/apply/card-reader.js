/** Reads per request: Trello's most routes per batch (D). */
const WINDOW = 10;
export function cardReader(gateway, actions) {
    // Per part: checklists are read in their own phase, after this run's check items were added.
    const queues = {
        card: actions.flatMap((a) => (a.type === 'update' ? [a.cardId] : [])),
        checklists: actions.flatMap((a) => (a.type === 'check-items' && a.cardId !== null ? [a.cardId] : [])),
    };
    const next = { card: 0, checklists: 0 };
    const cards = new Map();
    const lists = new Map();
    async function read({ cardId, part }) {
        const queue = queues[part];
        const at = queue.indexOf(cardId, next[part]);
        if (at >= 0)
            next[part] = at + 1;
        const window = [cardId];
        while (window.length < WINDOW && next[part] < queue.length)
            window.push(queue[next[part]++]);
        const reads = await gateway.readCards(part === 'card' ? window : [], part === 'checklists' ? window : []);
        for (const id of window) {
            if (part === 'card')
                cards.set(id, reads.cards.get(id) ?? null);
            else
                lists.set(id, reads.checklists.filter((c) => c.idCard === id));
        }
    }
    async function take(cache, need) {
        if (!cache.has(need.cardId))
            await read(need);
        const value = cache.get(need.cardId);
        cache.delete(need.cardId);
        return value;
    }
    return {
        card: async (cardId) => (await take(cards, { cardId, part: 'card' })) ?? null,
        checklists: async (cardId) => (await take(lists, { cardId, part: 'checklists' })) ?? [],
    };
}
//# sourceMappingURL=card-reader.js.map