/**
 * The Trello model as report-sync sees it, and the one interface through which
 * everything talks to Trello. Only `src/trello/` imports trello.js; the rest of
 * the code (and its tests, through an in-memory fake) depends on this file.
 */

export interface BoardRef {
  id: string;
  shortLink: string;
  name: string;
  url: string;
}

export interface TrelloList {
  id: string;
  name: string;
  closed: boolean;
  pos: number;
}

export interface TrelloLabel {
  id: string;
  name: string;
  color: string | null;
}

export interface TrelloMember {
  id: string;
  username: string;
  fullName: string;
}

export interface TrelloCheckItem {
  id: string;
  name: string;
  state: 'complete' | 'incomplete';
}

export interface TrelloChecklist {
  id: string;
  idCard: string;
  name: string;
  checkItems: TrelloCheckItem[];
}

export interface TrelloCard {
  id: string;
  name: string;
  desc: string;
  idList: string;
  idLabels: string[];
  idMembers: string[];
  closed: boolean;
  pos: number;
  url: string;
  shortUrl: string;
  dateLastActivity: string;
  /** ISO-8601 instant, or null for none. */
  due: string | null;
  dueComplete: boolean;
}

export interface NewCard {
  idList: string;
  name: string;
  desc: string;
  idLabels: string[];
  idMembers: string[];
  due?: string | null;
  dueComplete?: boolean;
  pos?: 'top' | 'bottom';
}

export type CardChanges = Partial<
  Pick<TrelloCard, 'name' | 'desc' | 'idList' | 'closed' | 'idLabels' | 'idMembers' | 'due' | 'dueComplete'>
>;

/** Cards as read again right before they are written: null for one that was deleted. */
export interface CardReads {
  cards: Map<string, TrelloCard | null>;
  /** The checklists of the cards they were asked for. */
  checklists: TrelloChecklist[];
}

/** Everything one sync reads from the board, in one place. */
export interface BoardSnapshot {
  board: BoardRef;
  lists: TrelloList[];
  labels: TrelloLabel[];
  members: TrelloMember[];
  /** Open and archived cards. A card missing here was deleted. */
  cards: TrelloCard[];
  checklists: TrelloChecklist[];
}

/**
 * One Trello board, as report-sync uses it. Implementations pace requests,
 * retry 429 and 5xx, and send long fields safely. What Trello refuses or
 * fails is thrown as `TrelloError` (an `OutcomeUnknownError` for a write that
 * may or may not have happened); a setting that cannot work is a
 * `ConfigError`: an API URL that is not a URL (when the gateway is made) and
 * a board reference that is no id, shortLink or board URL (`board()`). No
 * error's message holds the key or the token.
 */
export interface TrelloGateway {
  /** Resolves a board id, shortLink or board URL; ConfigError when the reference is none of them. */
  board(idOrShortLinkOrUrl: string): Promise<BoardRef>;
  snapshot(boardId: string): Promise<BoardSnapshot>;
  createList(boardId: string, name: string): Promise<TrelloList>;
  createLabel(boardId: string, name: string, color: string | null): Promise<TrelloLabel>;
  createCard(card: NewCard): Promise<TrelloCard>;
  updateCard(cardId: string, changes: CardChanges): Promise<TrelloCard>;
  addComment(cardId: string, text: string): Promise<void>;
  /**
   * Creates the checklist, then its items one by one (Trello has no bulk
   * call). A failure after the checklist was made throws
   * IncompleteChecklistError (an OutcomeUnknownError) carrying the checklist
   * id, the items made and the items left: resume with `addCheckItems`.
   */
  addChecklist(cardId: string, name: string, items: string[]): Promise<TrelloChecklist>;
  /**
   * Appends items to an existing checklist, in order, and returns them. A
   * failure after some were added throws IncompleteChecklistError (what was
   * added, what is left); a failure on the first is thrown as it is.
   */
  addCheckItems(checklistId: string, items: string[]): Promise<TrelloCheckItem[]>;
  /** Checks or unchecks one check item of a card. */
  setCheckItemState(cardId: string, checkItemId: string, complete: boolean): Promise<TrelloCheckItem>;
  /**
   * Reads these cards again (and the checklists of those in `withChecklists`),
   * in as few requests as the API allows (batches of ten routes).
   */
  readCards(cardIds: readonly string[], withChecklists: readonly string[]): Promise<CardReads>;
  /** Requests sent so far, retries included. */
  readonly apiCalls: number;
}

/** What an action names: a board, list, card, member, checklist or check item, as it was then. */
export interface ActionRef {
  id: string;
  name?: string | null | undefined;
}

/** The parts of an action's `data` report-sync reads; which are present depends on the type. */
export interface TrelloActionData {
  board?: ActionRef | null | undefined;
  list?: ActionRef | null | undefined;
  card?:
    | (ActionRef & {
        idList?: string | null | undefined;
        closed?: boolean | null | undefined;
        due?: string | null | undefined;
        dueComplete?: boolean | null | undefined;
      })
    | null
    | undefined;
  /** A move between lists (`updateCard` with `old.idList`). */
  listBefore?: ActionRef | null | undefined;
  listAfter?: ActionRef | null | undefined;
  /** An `updateCard`'s previous values of the fields it changed, e.g. `{ closed: false }`. */
  old?: Record<string, unknown> | null | undefined;
  /** A comment's text. */
  text?: string | null | undefined;
  member?: ActionRef | null | undefined;
  idMember?: string | null | undefined;
  checkItem?: (ActionRef & { state?: string | null | undefined }) | null | undefined;
  checklist?: ActionRef | null | undefined;
}

/** One change on a board, as Trello records it. */
export interface TrelloAction {
  id: string;
  /** `createCard`, `updateCard`, `commentCard`, `addMemberToCard`, `updateCheckItemStateOnCard`, … */
  type: string;
  /** ISO-8601 UTC. */
  date: string;
  idMemberCreator: string;
  /** Who made the change, when Trello says (it does by default). */
  memberCreator: TrelloMember | null;
  data: TrelloActionData;
}

export interface ActionsQuery {
  /** Action types to read (Trello's `filter`); all types when absent. */
  types?: readonly string[];
  /** Only actions after this date (ISO-8601) or action id. */
  since?: string;
  /** Only actions before this date or action id. */
  before?: string;
}

/**
 * A board's history, read from Trello's actions (for the digest). Kept apart
 * from TrelloGateway so that a sync's gateway and its test doubles need not
 * know it; the gateway made by createTrelloGateway has both.
 */
export interface BoardHistory {
  /** Every action matching `query`, newest first, read page by page. */
  boardActions(boardId: string, query?: ActionsQuery): Promise<TrelloAction[]>;
  /** The member the token belongs to (`GET /members/me`): the account whose changes are report-sync's. */
  tokenMember(): Promise<TrelloMember>;
}
