/**
 * An in-memory TrelloGateway for fast core tests: one board, cards, lists,
 * labels, members and checklists, an API call counter, hooks to act as a
 * person on the board, and injected failures (including writes whose outcome
 * is unknown because the answer was lost after the change was made).
 */
import { TrelloError } from '../../src/errors.ts';
import { IncompleteChecklistError, OutcomeUnknownError } from '../../src/trello/errors.ts';
import type {
  BoardRef,
  BoardSnapshot,
  CardChanges,
  CardReads,
  NewCard,
  TrelloCard,
  TrelloCheckItem,
  TrelloChecklist,
  TrelloGateway,
  TrelloLabel,
  TrelloList,
  TrelloMember,
} from '../../src/trello/types.ts';

type Method = Exclude<keyof TrelloGateway, 'apiCalls'>;

/**
 * `lost-answer`: the change is made, then the caller gets OutcomeUnknownError.
 * `refused`: a plain TrelloError, nothing changed.
 * For `addChecklist` and `addCheckItems`, which the real gateway sends one item at a time, a call
 * stopped after half its items (IncompleteChecklistError) because the next item's request
 * - `cut-short`: lost its answer and was not applied,
 * - `cut-short-applied`: lost its answer after it was applied (the board has one more item than said),
 * - `cut-short-refused`: was refused (nothing in doubt).
 */
export type InjectedFailure =
  'lost-answer' | 'refused' | 'cut-short' | 'cut-short-applied' | 'cut-short-refused';

type CutShort = Extract<InjectedFailure, `cut-short${string}`>;

export class FakeGateway implements TrelloGateway {
  readonly boardRef: BoardRef = {
    id: 'b0000000000000000000000b',
    shortLink: 'FakeBord',
    name: 'Fake',
    url: 'https://trello.test/b/FakeBord',
  };
  lists: TrelloList[] = [];
  labels: TrelloLabel[] = [];
  members: TrelloMember[] = [];
  cards: TrelloCard[] = [];
  checklists: TrelloChecklist[] = [];
  comments: { cardId: string; text: string }[] = [];
  calls: Method[] = [];
  #nextId = 1;
  #failures: { method: Method; failure: InjectedFailure }[] = [];

  get apiCalls(): number {
    return this.calls.length;
  }

  /** Makes the next call of `method` fail this way. */
  failNext(method: Method, failure: InjectedFailure): void {
    this.#failures.push({ method, failure });
  }

  id(): string {
    return (this.#nextId++).toString(16).padStart(24, '0');
  }

  addMember(username: string, fullName = username): TrelloMember {
    const member = { id: this.id(), username, fullName };
    this.members.push(member);
    return member;
  }

  /** A person edits a card directly on the board (no API call counted). */
  personEdits(cardId: string, changes: Partial<TrelloCard>): void {
    const card = this.#card(cardId);
    Object.assign(card, changes);
  }

  personDeletes(cardId: string): void {
    this.cards = this.cards.filter((c) => c.id !== cardId);
    this.checklists = this.checklists.filter((c) => c.idCard !== cardId);
  }

  openCards(): TrelloCard[] {
    return this.cards.filter((c) => !c.closed);
  }

  async board(ref: string): Promise<BoardRef> {
    return this.#call('board', () => {
      if (![this.boardRef.id, this.boardRef.shortLink, this.boardRef.url].includes(ref)) {
        throw new TrelloError(`board ${ref} not found`, 404);
      }
      return { ...this.boardRef };
    });
  }

  async snapshot(boardId: string): Promise<BoardSnapshot> {
    return this.#call('snapshot', () => {
      if (boardId !== this.boardRef.id) throw new TrelloError(`board ${boardId} not found`, 404);
      return structuredClone({
        board: this.boardRef,
        lists: this.lists,
        labels: this.labels,
        members: this.members,
        cards: this.cards,
        checklists: this.checklists,
      });
    });
  }

  async createList(_boardId: string, name: string): Promise<TrelloList> {
    return this.#call('createList', () => {
      const list = { id: this.id(), name, closed: false, pos: (this.lists.length + 1) * 16384 };
      this.lists.push(list);
      return { ...list };
    });
  }

  async createLabel(_boardId: string, name: string, color: string | null): Promise<TrelloLabel> {
    return this.#call('createLabel', () => {
      const label = { id: this.id(), name, color };
      this.labels.push(label);
      return { ...label };
    });
  }

  async createCard(card: NewCard): Promise<TrelloCard> {
    return this.#call('createCard', () => {
      if (!this.lists.some((l) => l.id === card.idList))
        throw new TrelloError('invalid value for idList', 400);
      const id = this.id();
      const created: TrelloCard = {
        id,
        name: card.name,
        desc: card.desc,
        idList: card.idList,
        idLabels: [...card.idLabels],
        idMembers: [...card.idMembers],
        closed: false,
        pos: (this.cards.length + 1) * 16384,
        url: `https://trello.test/c/${id}`,
        shortUrl: `https://trello.test/c/${id}`,
        dateLastActivity: new Date(0).toISOString(),
        due: card.due ?? null,
        dueComplete: card.dueComplete ?? false,
      };
      this.cards.push(created);
      return structuredClone(created);
    });
  }

  async updateCard(cardId: string, changes: CardChanges): Promise<TrelloCard> {
    return this.#call('updateCard', () => {
      const card = this.#card(cardId);
      Object.assign(card, structuredClone(changes));
      return structuredClone(card);
    });
  }

  async addComment(cardId: string, text: string): Promise<void> {
    return this.#call('addComment', () => {
      this.#card(cardId);
      this.comments.push({ cardId, text });
    });
  }

  async setCheckItemState(cardId: string, checkItemId: string, complete: boolean): Promise<TrelloCheckItem> {
    return this.#call('setCheckItemState', () => {
      const item = this.checklists
        .filter((c) => c.idCard === cardId)
        .flatMap((c) => c.checkItems)
        .find((i) => i.id === checkItemId);
      if (!item) throw new TrelloError('The requested resource was not found.', 404);
      item.state = complete ? 'complete' : 'incomplete';
      return { ...item };
    });
  }

  async readCards(cardIds: readonly string[], withChecklists: readonly string[]): Promise<CardReads> {
    return this.#call('readCards', () => ({
      cards: new Map(cardIds.map((id) => [id, structuredClone(this.cards.find((c) => c.id === id) ?? null)])),
      checklists: structuredClone(this.checklists.filter((c) => withChecklists.includes(c.idCard))),
    }));
  }

  /** A person checks or unchecks a check item on the board (no API call counted). */
  personChecks(cardId: string, name: string, complete: boolean): void {
    const item = this.checklists
      .filter((c) => c.idCard === cardId)
      .flatMap((c) => c.checkItems)
      .find((i) => i.name === name);
    if (!item) throw new Error(`no check item "${name}" on card ${cardId}`);
    item.state = complete ? 'complete' : 'incomplete';
  }

  async addChecklist(cardId: string, name: string, items: string[]): Promise<TrelloChecklist> {
    return this.#call('addChecklist', (cut) => {
      this.#card(cardId);
      const checklist: TrelloChecklist = { id: this.id(), idCard: cardId, name, checkItems: [] };
      this.checklists.push(checklist);
      this.#addItems(checklist, items, cut, true);
      return structuredClone(checklist);
    });
  }

  async addCheckItems(checklistId: string, items: string[]): Promise<TrelloCheckItem[]> {
    return this.#call('addCheckItems', (cut) => {
      const checklist = this.checklists.find((c) => c.id === checklistId);
      if (!checklist) throw new TrelloError('The requested resource was not found.', 404);
      return this.#addItems(checklist, items, cut, false);
    });
  }

  /**
   * Adds the items, or (`cut`) half of them and fails on the next as the real gateway reports it:
   * IncompleteChecklistError once something was made, the cause itself otherwise.
   */
  #addItems(
    checklist: TrelloChecklist,
    items: string[],
    cut: CutShort | undefined,
    checklistIsNew: boolean,
  ): TrelloCheckItem[] {
    const newItem = (name: string): TrelloCheckItem => ({ id: this.id(), name, state: 'incomplete' });
    const made = cut ? Math.floor(items.length / 2) : items.length;
    const added = items.slice(0, made).map(newItem);
    checklist.checkItems.push(...added);
    const remaining = items.slice(made);
    if (!cut || remaining[0] === undefined) return structuredClone(added);
    if (cut === 'cut-short-applied') checklist.checkItems.push(newItem(remaining[0]));
    const path = `/checklists/${checklist.id}/checkItems`;
    const cause =
      cut === 'cut-short-refused'
        ? new TrelloError('injected: check item refused', 400)
        : new OutcomeUnknownError('injected: check item answer lost', 'POST', path);
    if (added.length === 0 && !checklistIsNew) throw cause;
    throw new IncompleteChecklistError(
      { checklistId: checklist.id, added: structuredClone(added), remaining },
      cause,
    );
  }

  #card(cardId: string): TrelloCard {
    const card = this.cards.find((c) => c.id === cardId);
    if (!card) throw new TrelloError('The requested resource was not found.', 404);
    return card;
  }

  /** Counts the call and applies the next failure injected for `method`; `run` gets a cut-short one. */
  async #call<T>(method: Method, run: (cut: CutShort | undefined) => T): Promise<T> {
    this.calls.push(method);
    const index = this.#failures.findIndex((f) => f.method === method);
    const failure = index >= 0 ? this.#failures.splice(index, 1)[0]?.failure : undefined;
    if (failure === 'refused') throw new TrelloError(`injected: ${method} refused`, 500);
    const result = run(failure?.startsWith('cut-short') ? (failure as CutShort) : undefined);
    if (failure === 'lost-answer')
      throw new OutcomeUnknownError(`injected: ${method} answer lost`, 'POST', method);
    return result;
  }
}
