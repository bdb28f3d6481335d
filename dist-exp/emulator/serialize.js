import { LABEL_PALETTE } from "./label-colors.js";
import { actionRead, commentCreated, initials } from "./serialize-action.js";
import { serializeCard, slug } from "./serialize-card.js";
/**
 * Builds the JSON Trello answers with, answer by answer as the recordings in
 * ../shared/trello-recordings show them: nulls included (`descData`,
 * `checkItemStates`, `nameData`, `idOrganization`, `avatarHash`), and no
 * field Trello was not recorded sending.
 */
export class Serializer {
    #store;
    #origin;
    constructor(store, origin) {
        this.#store = store;
        this.#origin = origin;
    }
    /**
     * `GET /boards/{id}` without `fields` answers a set without `shortLink`,
     * `dateLastActivity` or `memberships` (R); `fields=all` (or naming them)
     * adds those. The emulator's boards are in no workspace: `idOrganization` is null.
     */
    board(board, fields = 'default') {
        const shortUrl = `${this.#origin}/b/${board.shortLink}`;
        const named = new Map(this.#store.labelsOf(board.id).map((l) => [l.color, l.name]));
        const byDefault = {
            id: board.id,
            name: board.name,
            desc: board.desc,
            descData: null,
            closed: board.closed,
            idOrganization: null,
            idEnterprise: null,
            pinned: false,
            url: `${shortUrl}/${slug(board.name)}`,
            shortUrl,
            prefs: BOARD_PREFS,
            labelNames: Object.fromEntries(Object.keys(LABEL_PALETTE).map((c) => [c, named.get(c) ?? ''])),
        };
        if (fields === 'default')
            return byDefault;
        return {
            ...byDefault,
            shortLink: board.shortLink,
            dateLastActivity: board.dateLastActivity,
            idMemberCreator: board.idMemberCreator,
            memberships: board.idMembers.map((idMember, index) => ({
                id: membershipId(board.id, index),
                idMember,
                memberType: idMember === board.idMemberCreator ? 'admin' : 'normal',
                unconfirmed: false,
                deactivated: false,
            })),
        };
    }
    /** A list among a board's (`inBoard`), on its own, or as made: three recorded field sets. */
    list(list, view = 'read') {
        const body = { id: list.id, name: list.name, closed: list.closed, pos: list.pos, idBoard: list.idBoard };
        if (view === 'inBoard')
            return { ...body, softLimit: null, subscribed: false };
        return view === 'created' ? { ...body, limits: {} } : body;
    }
    label(label, view = 'read') {
        const body = { id: label.id, idBoard: label.idBoard, name: label.name, color: label.color };
        return view === 'created' ? { ...body, limits: {} } : body;
    }
    member(member) {
        return { id: member.id, username: member.username, fullName: member.fullName };
    }
    /** `GET /members/me` answers with more than a board's member list does (not recorded: kept small). */
    memberDetail(member) {
        const idBoards = this.#store.data.boards.filter((b) => b.idMembers.includes(member.id)).map((b) => b.id);
        return {
            ...this.member(member),
            initials: initials(member.fullName),
            url: `${this.#origin}/u/${member.username}`,
            confirmed: true,
            memberType: 'normal',
            idBoards,
            idOrganizations: [],
        };
    }
    card(card, view) {
        const labels = new Map(this.#store.labelsOf(card.idBoard).map((l) => [l.id, l]));
        return serializeCard(this.#store, this.#origin, card, view, (id) => {
            const label = labels.get(id);
            return label ? this.label(label) : undefined;
        });
    }
    /** `POST /checklists` adds `limits`; `POST /cards/{id}/checklists` does not (R). */
    checklist(checklist, withLimits = false) {
        const body = {
            id: checklist.id,
            name: checklist.name,
            idCard: checklist.idCard,
            pos: checklist.pos,
            idBoard: checklist.idBoard,
            checkItems: checklist.checkItems.map((item) => this.checkItem(checklist, item)),
        };
        return withLimits ? { ...body, limits: {} } : body;
    }
    /**
     * A check item as read (`nameData: null`), as made (`nameData: {"emoji":{}}`
     * and `limits`) or as updated (with `type` and `creationMethod`), as recorded in 2020.
     */
    checkItem(checklist, item, view = 'read') {
        const body = {
            idChecklist: checklist.id,
            state: item.state,
            id: item.id,
            name: item.name,
            nameData: view === 'created' ? { emoji: {} } : null,
            pos: item.pos,
            due: item.due,
            idMember: item.idMember,
        };
        if (view === 'created')
            return { ...body, limits: {} };
        if (view === 'updated')
            return { ...body, type: null, creationMethod: null };
        return body;
    }
    attachment(attachment) {
        return {
            id: attachment.id,
            bytes: null,
            date: attachment.date,
            edgeColor: null,
            idMember: attachment.idMember,
            isUpload: false,
            mimeType: '',
            name: attachment.name,
            previews: [],
            url: attachment.url,
            pos: attachment.pos,
            fileName: null,
        };
    }
    action(action) {
        return actionRead(action, this.#creator(action));
    }
    comment(action) {
        return commentCreated(action, this.#creator(action));
    }
    #creator(action) {
        return this.#store.data.members.find((m) => m.id === action.idMemberCreator);
    }
}
/** A private board with a colour background, as recorded for a board outside a workspace (2020). */
const BOARD_PREFS = {
    permissionLevel: 'private',
    hideVotes: false,
    voting: 'disabled',
    comments: 'members',
    invitations: 'members',
    selfJoin: true,
    cardCovers: true,
    isTemplate: false,
    cardAging: 'regular',
    calendarFeedEnabled: false,
    background: 'blue',
    backgroundImage: null,
    backgroundImageScaled: null,
    backgroundTile: false,
    backgroundBrightness: 'dark',
    backgroundColor: '#0079BF',
    backgroundBottomColor: '#0079BF',
    backgroundTopColor: '#0079BF',
    canBePublic: true,
    canBeEnterprise: true,
    canBeOrg: true,
    canBePrivate: true,
    canInvite: true,
};
/** Memberships need ids of their own; derive a stable one rather than store it. */
function membershipId(idBoard, index) {
    return idBoard.slice(0, 18) + index.toString(16).padStart(6, '0');
}
//# sourceMappingURL=serialize.js.map