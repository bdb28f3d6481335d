/**
 * Actions as Trello answers with them. A read lists the action with its
 * creator; the answer to `POST /cards/{id}/actions/comments` adds how the web
 * app displays it (`display`, `entities`) and its reaction limits, as
 * recorded in 2020. The creator has no avatar here, and Trello sends
 * `avatarHash: null` and `avatarUrl: null` for such a member (R).
 */
export function memberCreator(member) {
    if (!member)
        return undefined;
    return {
        id: member.id,
        username: member.username,
        activityBlocked: false,
        avatarHash: null,
        avatarUrl: null,
        fullName: member.fullName,
        idMemberReferrer: null,
        initials: initials(member.fullName),
        nonPublic: {},
        nonPublicAvailable: true,
    };
}
export function actionRead(action, creator) {
    return {
        id: action.id,
        idMemberCreator: action.idMemberCreator,
        data: action.data,
        type: action.type,
        date: action.date,
        memberCreator: memberCreator(creator),
    };
}
const REACTION_LIMITS = {
    perAction: { status: 'ok', disableAt: 1000, warnAt: 900 },
    uniquePerAction: { status: 'ok', disableAt: 17, warnAt: 16 },
};
/** The answer to a new comment: the action, how Trello displays it, and its limits. */
export function commentCreated(action, creator) {
    const card = (action.data['card'] ?? {});
    const text = String(action.data['text'] ?? '');
    const member = { type: 'member', id: creator?.id, username: creator?.username, text: creator?.fullName };
    const cardEntity = {
        type: 'card',
        hideIfContext: true,
        id: card.id,
        shortLink: card.shortLink,
        text: card.name,
    };
    const contextOn = {
        type: 'translatable',
        translationKey: 'action_on',
        hideIfContext: true,
        idContext: card.id,
    };
    const { memberCreator: creatorJson, ...read } = actionRead(action, creator);
    return {
        ...read,
        limits: { reactions: REACTION_LIMITS },
        display: {
            translationKey: 'action_comment_on_card',
            entities: { contextOn, card: cardEntity, comment: { type: 'comment', text }, memberCreator: member },
        },
        entities: [
            member,
            { type: 'text', text: 'on', hideIfContext: true, idContext: card.id },
            cardEntity,
            { type: 'comment', text },
        ],
        memberCreator: creatorJson,
    };
}
export function initials(fullName) {
    return fullName
        .split(/\s+/)
        .filter(Boolean)
        .map((word) => word[0]?.toUpperCase() ?? '')
        .join('')
        .slice(0, 3);
}
//# sourceMappingURL=serialize-action.js.map