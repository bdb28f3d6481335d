import { createTrelloClient } from 'trello.js';
import { z } from 'zod';
import { ConfigError, TrelloError } from '../errors.ts';
import type { Logger } from '../log/logger.ts';
import { answerOf, checkWrite, readAnswer, writeAnswer } from './answer.ts';
import { boardKey } from './board-ref.ts';
import { createRedactor, IncompleteChecklistError } from './errors.ts';
import { createHttpClient, type RequestObserver } from './http-client.ts';
import {
  createCardParams,
  toAction,
  toBoardRef,
  toCard,
  toCheckItem,
  toChecklist,
  toLabel,
  toList,
  toMember,
  updateCardParams,
} from './mapping.ts';
import { type Clock, createPacer, systemClock } from './pacer.ts';
import {
  ActionSchema,
  BoardSchema,
  CardSchema,
  CheckItemSchema,
  ChecklistSchema,
  LabelSchema,
  ListSchema,
  MemberSchema,
} from './schemas.ts';
import { readCards } from './card-reads.ts';
import { readSnapshot } from './snapshot.ts';
import type { BoardHistory, TrelloAction, TrelloCheckItem, TrelloGateway } from './types.ts';

export interface TrelloGatewayOptions {
  /** e.g. `https://api.trello.com/1`, or an emulator's `http://127.0.0.1:PORT/1`. */
  apiUrl: string;
  key: string;
  token: string;
  /**
   * A ceiling of the user's own, in requests per 10 s. The gateway paces to
   * the limits Trello reports in every answer's headers (pacer.ts); without a
   * ceiling (null, the default) those alone decide.
   */
  requestsPer10s?: number | null;
  timeoutMs?: number;
  /** Retries after the first attempt, for failures that are safe to retry. */
  maxRetries?: number;
  logger: Logger;
  /** For tests: a virtual clock (pacing and backoff waits), a fixed random (jitter), a fetch. */
  clock?: Clock;
  random?: () => number;
  fetch?: typeof fetch;
  /** Sees every request attempt and retry (the worker's metrics). */
  observer?: RequestObserver;
  /** The run's stop signal: nothing sent after it, the request in flight aborted after `graceMs` (StopOptions). */
  stop?: { signal: AbortSignal; graceMs?: number };
}

export type { RequestObserver } from './http-client.ts';

/**
 * `stopGraceMs`: what a request in flight at a stop may still take. Long enough for
 * Trello's answer to an ordinary request (so that it is saved, not left unknown),
 * short enough that a stopped command is gone well before the 9 s the CLI allows.
 */
export const GATEWAY_DEFAULTS = { timeoutMs: 30_000, maxRetries: 5, stopGraceMs: 3_000 } as const;

const CEILING_WINDOW_MS = 10_000;
/** Trello's largest page of actions (D). */
const ACTIONS_PAGE = 1000;
const ActionsSchema = z.array(ActionSchema);

/**
 * The Trello gateway: trello.js (for its routes and parameter names) behind a
 * client that paces, retries, caps and redacts, and answers read with
 * report-sync's own schemas. Throws ConfigError when `apiUrl` is not a URL.
 */
export function createTrelloGateway(options: TrelloGatewayOptions): TrelloGateway & BoardHistory {
  if (!URL.canParse(options.apiUrl)) {
    throw new ConfigError(
      `The Trello API URL "${options.apiUrl}" (setting trello.apiUrl, or TRELLO_API_URL) is not a URL: give the full address with its scheme, e.g. https://api.trello.com/1, or http://127.0.0.1:PORT/1 for the emulator.`,
    );
  }
  const clock = options.clock ?? systemClock;
  const logger = options.logger.child({ component: 'trello' });
  const redact = createRedactor([options.key, options.token]);
  const client = createHttpClient({
    apiUrl: options.apiUrl,
    credentials: { key: options.key, token: options.token },
    timeoutMs: options.timeoutMs ?? GATEWAY_DEFAULTS.timeoutMs,
    maxRetries: options.maxRetries ?? GATEWAY_DEFAULTS.maxRetries,
    pacer: createPacer({
      clock,
      ceiling: options.requestsPer10s
        ? { max: options.requestsPer10s, windowMs: CEILING_WINDOW_MS }
        : undefined,
    }),
    clock,
    random: options.random ?? Math.random,
    fetch: options.fetch ?? globalThis.fetch,
    logger,
    redact,
    ...(options.observer ? { observer: options.observer } : {}),
    ...(options.stop
      ? {
          stop: {
            signal: options.stop.signal,
            graceMs: options.stop.graceMs ?? GATEWAY_DEFAULTS.stopGraceMs,
          },
        }
      : {}),
  });
  const trello = createTrelloClient(client);
  const written = { logger, redact };

  return {
    get apiCalls() {
      return client.apiCalls;
    },

    async board(reference) {
      const id = boardKey(reference);
      try {
        const answer = await answerOf(trello.boards.getBoard({ id, fields: 'id,name,shortLink,url' }));
        return toBoardRef(readAnswer(BoardSchema, answer, redact));
      } catch (error) {
        throw boardNotFound(error, reference) ?? error;
      }
    },

    snapshot: (boardId) => readSnapshot(trello, client, boardId, logger, redact),

    async createList(boardId, name) {
      const answer = await answerOf(trello.boards.createBoardList({ id: boardId, name, pos: 'bottom' }));
      return toList(writeAnswer(ListSchema, answer, (id) => ({ id, name }), written));
    },

    async createLabel(boardId, name, color) {
      // Trello documents `null` as the colour of a label without one; as a parameter it travels as text.
      const call = trello.boards.createBoardLabel({ id: boardId, name, color: color ?? 'null' });
      return toLabel(writeAnswer(LabelSchema, await answerOf(call), (id) => ({ id, name, color }), written));
    },

    async createCard(card) {
      const { params, sent } = createCardParams(card);
      const answer = await answerOf(trello.cards.createCard(params));
      return toCard(writeAnswer(CardSchema, answer, (id) => ({ id, ...sent }), written));
    },

    async updateCard(cardId, changes) {
      const answer = await answerOf(trello.cards.updateCard({ id: cardId, ...updateCardParams(changes) }));
      // The fields not sent are unknown after a misshapen answer; the sync reads the card from the board, not from here.
      return toCard(writeAnswer(CardSchema, answer, (id) => ({ id, ...changes }), written, cardId));
    },

    async addComment(cardId, text) {
      checkWrite(ActionSchema, await answerOf(trello.cards.createCardComment({ id: cardId, text })), written);
    },

    async addChecklist(cardId, name, items) {
      const answer = await answerOf(trello.cards.createCardChecklist({ id: cardId, name }));
      const checklist = writeAnswer(ChecklistSchema, answer, (id) => ({ id, name }), written);
      const created = await addItems(checklist.id, items, true);
      return { ...toChecklist({ ...checklist, idCard: checklist.idCard ?? cardId }), checkItems: created };
    },

    addCheckItems: (checklistId, items) => addItems(checklistId, items, false),

    async setCheckItemState(cardId, checkItemId, complete) {
      const state = complete ? 'complete' : 'incomplete';
      const call = trello.cards.updateCardCheckItem({ id: cardId, idCheckItem: checkItemId, state });
      const answer = writeAnswer(
        CheckItemSchema,
        await answerOf(call),
        (id) => ({ id, state }),
        written,
        checkItemId,
      );
      return toCheckItem(answer);
    },

    readCards: (cardIds, withChecklists) => readCards({ client, logger, redact }, cardIds, withChecklists),

    async boardActions(boardId, query = {}) {
      const byId = new Map<string, TrelloAction>();
      let before = query.before;
      for (;;) {
        const call = trello.boards.getBoardActions({
          boardId,
          filter: query.types?.join(','),
          since: query.since,
          before,
          limit: ACTIONS_PAGE,
        });
        const page = readAnswer(ActionsSchema, await answerOf(call), redact).map(toAction);
        const fresh = page.filter((action) => !byId.has(action.id));
        for (const action of fresh) byId.set(action.id, action);
        // A short page is the last; a server that ignores `before` sends the same page again.
        if (page.length < ACTIONS_PAGE || fresh.length === 0) break;
        before = fresh.reduce(
          (oldest, action) => (action.id < oldest ? action.id : oldest),
          fresh[0]?.id ?? '',
        );
      }
      return [...byId.values()].sort((a, b) => (a.id < b.id ? 1 : -1));
    },

    async tokenMember() {
      const answer = await answerOf(trello.members.getMember({ id: 'me', fields: 'id,username,fullName' }));
      return toMember(readAnswer(MemberSchema, answer, redact));
    },
  };

  /**
   * Trello has no bulk call for check items: one request each, in order. A
   * failure once something was made (the checklist, when `checklistIsNew`, or
   * an item) throws IncompleteChecklistError, which says what exists and what
   * is left; a failure before that is thrown as it is.
   */
  async function addItems(
    checklistId: string,
    items: readonly string[],
    checklistIsNew: boolean,
  ): Promise<TrelloCheckItem[]> {
    const added: TrelloCheckItem[] = [];
    for (const [index, item] of items.entries()) {
      try {
        const call = trello.checklists.createChecklistItem({ id: checklistId, name: item, pos: 'bottom' });
        const answer = writeAnswer(
          CheckItemSchema,
          await answerOf(call),
          (id) => ({ id, name: item }),
          written,
        );
        added.push(toCheckItem(answer));
      } catch (error) {
        if (!(error instanceof TrelloError) || (added.length === 0 && !checklistIsNew)) throw error;
        throw new IncompleteChecklistError({ checklistId, added, remaining: items.slice(index) }, error);
      }
    }
    return added;
  }
}

/** Trello answers 400 to a malformed id and 404 to an unknown one (or one the token cannot see). */
function boardNotFound(error: unknown, reference: string): TrelloError | undefined {
  if (!(error instanceof TrelloError) || (error.status !== 400 && error.status !== 404)) return undefined;
  return new TrelloError(
    `Trello board "${reference}" was not found, or the token has no access to it (${error.status}): check the board id, shortLink or URL, and that the token's member can open the board.`,
    error.status,
  );
}
