export function planVanished(input) {
    const lastSeen = new Map();
    for (const id of input.rereadReports) {
        const before = input.previous[id];
        for (const item of before?.items ?? [])
            lastSeen.set(item.key, before);
    }
    const actions = [];
    for (const [key, report] of lastSeen) {
        const record = input.cards[key];
        if (input.currentKeys.has(key) || input.excluded.has(key) || !record?.cardId || record.tombstone)
            continue;
        const card = input.board.card(record.cardId);
        if (!card || input.board.isArchived(card))
            continue;
        const where = report.title ?? report.displayPath;
        actions.push(...vanishedPolicy(input.settings, key, record, card.id, where));
    }
    return actions;
}
/** What the vanished policy does with the open card of an item no longer in any report. */
export function vanishedPolicy(settings, key, record, cardId, where) {
    const show = { key, title: record.title, list: '', cardId };
    const policy = settings.vanished;
    if (policy === 'keep') {
        const why = `no longer in any report (last in ${where}); vanished policy: keep`;
        return [{ type: 'skip', ...show, reason: 'vanished-kept', why }];
    }
    if (policy === 'comment' && record.vanishedNoticeAt === null) {
        const text = `report-sync: this item is no longer in any report (last seen in ${where}).`;
        const why = `no longer in any report (last in ${where})`;
        return [{ type: 'comment', ...show, text, note: 'vanished', why }];
    }
    if (policy === 'archive') {
        const why = `no longer in any report (last in ${where}); vanished policy: archive`;
        return [{ type: 'archive', ...show, why }];
    }
    return [];
}
//# sourceMappingURL=vanished.js.map