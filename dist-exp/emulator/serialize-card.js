const EMOJI = () => ({ emoji: {} });
function descData(view, card) {
    if (view === 'created')
        return EMOJI();
    if (view === 'inList')
        return card.desc === '' ? null : EMOJI();
    return null;
}
export function serializeCard(store, origin, card, view, label) {
    const checklists = store.checklistsOfCard(card.id);
    const items = checklists.flatMap((c) => c.checkItems);
    const complete = items.filter((i) => i.state === 'complete');
    const inCollection = view === 'inBoard' || view === 'inList';
    const shortUrl = `${origin}/c/${card.shortLink}`;
    const body = {
        id: card.id,
        badges: {
            attachmentsByType: { trello: { board: 0, card: 0 } },
            location: false,
            votes: 0,
            viewingMemberVoted: false,
            subscribed: false,
            start: card.start,
            fogbugz: '',
            checkItems: items.length,
            checkItemsChecked: complete.length,
            checkItemsEarliestDue: null,
            comments: store.data.actions.filter((a) => a.idCard === card.id && a.type === 'commentCard').length,
            attachments: store.attachmentsOf(card.id).length,
            description: card.desc !== '',
            due: card.due,
            dueComplete: card.dueComplete,
        },
        // A 2015 read and trello.js's 2026 notes show one entry per completed item; recorded 2020 lists send null.
        checkItemStates: inCollection ? null : complete.map((i) => ({ idCheckItem: i.id, state: i.state })),
        closed: card.closed,
        dueComplete: card.dueComplete,
        dateLastActivity: card.dateLastActivity,
        desc: card.desc,
        descData: descData(view, card),
        due: card.due,
        dueReminder: null,
        idBoard: card.idBoard,
        idChecklists: checklists.map((c) => c.id),
        idList: card.idList,
        idMembers: card.idMembers,
        idMembersVoted: [],
        idShort: card.idShort,
        idAttachmentCover: null,
        labels: card.idLabels.map(label).filter((l) => l !== undefined),
        idLabels: card.idLabels,
        manualCoverAttachment: false,
        name: card.name,
        pos: card.pos,
        shortLink: card.shortLink,
        shortUrl,
        start: card.start,
        subscribed: false,
        url: `${shortUrl}/${card.idShort}-${slug(card.name)}`,
        cover: {
            idAttachment: null,
            color: null,
            idUploadedBackground: null,
            size: 'normal',
            brightness: 'light',
            idPlugin: null,
        },
        isTemplate: false,
        cardRole: null,
    };
    if (!inCollection)
        body['email'] = null;
    if (view === 'created')
        Object.assign(body, { attachments: [], stickers: [], limits: {} });
    return body;
}
/** The readable tail of Trello's board and card URLs: `/c/AbCd1234/12-fix-the-router`. */
export function slug(name) {
    return name
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 128);
}
//# sourceMappingURL=serialize-card.js.map