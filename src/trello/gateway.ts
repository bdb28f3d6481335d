import { createTrelloClient } from 'trello.js';
import { ConfigError, TrelloError } from '../errors.ts';
import type { Logger } from '../log/logger.ts';
import { boardKey } from './board-ref.ts';
import { createRedactor, IncompleteChecklistError } from './errors.ts';
import { createHttpClient, type RequestObserver } from './http-client.ts';
import { toBoardRef, toCard, toCheckItem, toChecklist, toLabel, toList } from './mapping.ts';
import { type Clock, createPacer, systemClock } from './pacer.ts';
import { readSnapshot } from './snapshot.ts';
import type { TrelloCheckItem, TrelloGateway } from './types.ts';

export interface TrelloGatewayOptions {
  /** e.g. `https://api.trello.com/1`, or an emulator's `http://127.0.0.1:PORT/1`. */
  apiUrl: string;
  key: string;
  token: string;
  /** Client-side pace; Trello allows 100 per token (D), the default leaves room for other clients. */
  requestsPer10s?: number;
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
}

export type { RequestObserver } from './http-client.ts';

export const GATEWAY_DEFAULTS = { requestsPer10s: 90, timeoutMs: 30_000, maxRetries: 5 } as const;

const PACING_WINDOW_MS = 10_000;

/**
 * The Trello gateway: trello.js behind a client that paces, retries, caps and
 * redacts. Throws ConfigError when `apiUrl` is not a URL.
 */
export function createTrelloGateway(options: TrelloGatewayOptions): TrelloGateway {
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
    pacer: createPacer(options.requestsPer10s ?? GATEWAY_DEFAULTS.requestsPer10s, PACING_WINDOW_MS, clock),
    clock,
    random: options.random ?? Math.random,
    fetch: options.fetch ?? globalThis.fetch,
    logger,
    redact,
    ...(options.observer ? { observer: options.observer } : {}),
  });
  const trello = createTrelloClient(client);

  return {
    get apiCalls() {
      return client.apiCalls;
    },

    async board(reference) {
      const id = boardKey(reference);
      try {
        return toBoardRef(await trello.boards.getBoard({ id, fields: 'id,name,shortLink,url' }));
      } catch (error) {
        throw boardNotFound(error, reference) ?? error;
      }
    },

    snapshot: (boardId) => readSnapshot(trello, client, boardId, logger, redact),

    async createList(boardId, name) {
      return toList(await trello.boards.createBoardList({ id: boardId, name, pos: 'bottom' }));
    },

    async createLabel(boardId, name, color) {
      // Trello documents `null` as the colour of a label without one; as a parameter it travels as text.
      return toLabel(await trello.boards.createBoardLabel({ id: boardId, name, color: color ?? 'null' }));
    },

    async createCard(card) {
      const { idList, name, desc, idLabels, idMembers, pos } = card;
      return toCard(
        await trello.cards.createCard({ idList, name, desc, idLabels, idMembers, pos: pos ?? 'bottom' }),
      );
    },

    async updateCard(cardId, changes) {
      const { idLabels, idMembers, ...fields } = changes;
      const lists = { idLabels: idLabels?.join(','), idMembers: idMembers?.join(',') };
      return toCard(await trello.cards.updateCard({ id: cardId, ...fields, ...lists }));
    },

    async addComment(cardId, text) {
      await trello.cards.createCardComment({ id: cardId, text });
    },

    async addChecklist(cardId, name, items) {
      const checklist = await trello.cards.createCardChecklist({ id: cardId, name });
      const created = await addItems(checklist.id, items, true);
      return { ...toChecklist({ ...checklist, idCard: checklist.idCard ?? cardId }), checkItems: created };
    },

    addCheckItems: (checklistId, items) => addItems(checklistId, items, false),
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
        added.push(
          toCheckItem(
            await trello.checklists.createChecklistItem({ id: checklistId, name: item, pos: 'bottom' }),
          ),
        );
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
