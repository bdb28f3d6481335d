/**
 * Trello's answers (read with schemas.ts, where every field but `id` may be
 * null or absent) to the model report-sync works with. A missing field takes
 * Trello's own default for it.
 */
/** The default board answer has no `shortLink` (R); its `shortUrl` ends in it. */
export function toBoardRef(board) {
    const shortLink = board.shortLink ?? board.shortUrl?.split('/').filter(Boolean).pop() ?? '';
    return { id: board.id, shortLink, name: board.name ?? '', url: board.url ?? '' };
}
export function toList(list) {
    return { id: list.id, name: list.name ?? '', closed: list.closed ?? false, pos: list.pos ?? 0 };
}
export function toLabel(label) {
    return { id: label.id, name: label.name ?? '', color: label.color ?? null };
}
export function toMember(member) {
    return { id: member.id, username: member.username ?? '', fullName: member.fullName ?? '' };
}
export function toCheckItem(item) {
    return { id: item.id, name: item.name ?? '', state: item.state === 'complete' ? 'complete' : 'incomplete' };
}
export function toChecklist(checklist, items = checklist.checkItems ?? []) {
    return {
        id: checklist.id,
        idCard: checklist.idCard ?? '',
        name: checklist.name ?? '',
        checkItems: items.map(toCheckItem),
    };
}
export function toCard(card) {
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
        dateLastActivity: card.dateLastActivity ?? '',
        due: card.due ?? null,
        dueComplete: card.dueComplete ?? false,
    };
}
export function toAction(action) {
    const { data, memberCreator } = action;
    return {
        id: action.id,
        type: action.type,
        date: action.date,
        idMemberCreator: action.idMemberCreator ?? memberCreator?.id ?? '',
        memberCreator: memberCreator
            ? {
                id: memberCreator.id,
                username: memberCreator.username ?? '',
                fullName: memberCreator.fullName ?? '',
            }
            : null,
        data: data ?? {},
    };
}
//# sourceMappingURL=mapping.js.map