import { ApiError, invalidId, notFound } from "./errors.js";
import { IdFactory, isObjectId, isShortLink } from "./ids.js";
import { byPosition } from "./positions.js";
/**
 * The emulator's data and the lookups every route shares. Lookups raise
 * Trello's errors: a malformed id is 400 `invalid id`, a well-formed one that
 * does not exist is 404. Routes mutate records in place and call `changed()`
 * so that persistence sees every write.
 */
export class Store {
    data;
    ids;
    /** The emulator's time in ms since the epoch. */
    clock;
    #onChange;
    constructor(data, onChange = () => { }, clock = Date.now) {
        this.data = data;
        this.clock = clock;
        this.ids = new IdFactory(clock);
        this.#onChange = onChange;
    }
    /** The emulator's time as Trello writes dates. */
    now() {
        return new Date(this.clock()).toISOString();
    }
    changed() {
        this.#onChange();
    }
    uniqueShortLink() {
        const taken = new Set([...this.data.boards, ...this.data.cards].map((r) => r.shortLink));
        let link = this.ids.shortLink();
        while (taken.has(link))
            link = this.ids.shortLink();
        return link;
    }
    board(ref) {
        return findByIdOrShortLink(this.data.boards, ref);
    }
    card(ref) {
        return findByIdOrShortLink(this.data.cards, ref);
    }
    /** An unknown list is `404 model not found`, not the usual text (R). */
    list(id) {
        return findById(this.data.lists, id, () => new ApiError(404, 'model not found'));
    }
    label(id) {
        return findById(this.data.labels, id);
    }
    checklist(id) {
        return findById(this.data.checklists, id);
    }
    member(idOrUsername) {
        const found = this.data.members.find((m) => m.id === idOrUsername || m.username === idOrUsername);
        if (!found)
            throw isObjectId(idOrUsername) ? notFound() : invalidId();
        return found;
    }
    listsOf(idBoard) {
        return this.data.lists.filter((l) => l.idBoard === idBoard).sort(byPosition);
    }
    labelsOf(idBoard) {
        return this.data.labels.filter((l) => l.idBoard === idBoard);
    }
    cardsOf(idBoard) {
        return this.data.cards.filter((c) => c.idBoard === idBoard).sort(byPosition);
    }
    cardsInList(idList) {
        return this.data.cards.filter((c) => c.idList === idList).sort(byPosition);
    }
    membersOf(board) {
        return board.idMembers.map((id) => this.member(id));
    }
    checklistsOfCard(idCard) {
        return this.data.checklists.filter((c) => c.idCard === idCard).sort(byPosition);
    }
    checklistsOfBoard(idBoard) {
        return this.data.checklists.filter((c) => c.idBoard === idBoard);
    }
    attachmentsOf(idCard) {
        return this.data.attachments.filter((a) => a.idCard === idCard).sort(byPosition);
    }
    /** Newest first, as Trello lists actions. */
    actionsOf(idCard) {
        return this.data.actions.filter((a) => a.idCard === idCard).reverse();
    }
    actionsOfBoard(idBoard) {
        return this.data.actions.filter((a) => a.idBoard === idBoard).reverse();
    }
    /**
     * Deleting a card takes its checklists and attachments with it; its
     * actions stay in the board's history (?: Trello's board activity keeps
     * them), though the card's own action list is gone with the card.
     */
    deleteCard(card) {
        const keep = (items) => items.filter((i) => i.idCard !== card.id);
        this.data.cards = this.data.cards.filter((c) => c.id !== card.id);
        this.data.checklists = keep(this.data.checklists);
        this.data.attachments = keep(this.data.attachments);
        this.changed();
    }
    nextIdShort(idBoard) {
        return Math.max(0, ...this.data.cards.filter((c) => c.idBoard === idBoard).map((c) => c.idShort)) + 1;
    }
    touchBoard(idBoard, at) {
        const board = this.data.boards.find((b) => b.id === idBoard);
        if (board)
            board.dateLastActivity = at;
    }
}
function findById(records, id, missing = notFound) {
    if (!isObjectId(id))
        throw invalidId();
    const found = records.find((r) => r.id === id.toLowerCase());
    if (!found)
        throw missing();
    return found;
}
function findByIdOrShortLink(records, ref) {
    if (isObjectId(ref))
        return findById(records, ref);
    if (!isShortLink(ref))
        throw invalidId();
    const found = records.find((r) => r.shortLink === ref);
    if (!found)
        throw notFound();
    return found;
}
//# sourceMappingURL=store.js.map