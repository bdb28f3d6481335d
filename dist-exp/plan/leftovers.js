import { vanishedPolicy } from "./vanished.js";
export function planLeftoverIntents(cards, currentKeys, ctx) {
    return Object.entries(cards)
        .filter(([key, intent]) => intent.cardId === null && !currentKeys.has(key))
        .flatMap(([key, intent]) => planLeftover(ctx, key, intent));
}
function planLeftover(ctx, key, intent) {
    const show = { key, title: intent.title, list: '' };
    const card = ctx.board.marked.get(key);
    if (!card) {
        const why = 'an earlier create did not finish and the item is no longer in any report; no card carries its marker';
        return [{ type: 'forget', ...show, why }];
    }
    const adopted = { ...intent, cardId: card.id, updatedAt: ctx.now };
    const why = 'card of an earlier unfinished create found on the board by its marker';
    const actions = [
        { type: 'record', ...show, cardId: card.id, record: adopted, event: 'adopt', why },
    ];
    if (ctx.board.isArchived(card))
        return actions;
    const where = intent.sources.join(', ') || 'a report';
    return [...actions, ...vanishedPolicy(ctx.settings, key, adopted, card.id, where)];
}
//# sourceMappingURL=leftovers.js.map