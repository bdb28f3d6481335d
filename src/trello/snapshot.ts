import {
  BoardSchema,
  CardSchema,
  ChecklistSchema,
  LabelSchema,
  MemberSchema,
  TrelloListSchema,
  type TrelloClient,
} from 'trello.js';
import type { Client } from 'trello.js/core';
import { z, type ZodType } from 'zod';
import { TrelloError } from '../errors.ts';
import type { Logger } from '../log/logger.ts';
import { describeStatus, type Redact } from './errors.ts';
import { toBoardRef, toCard, toChecklist, toLabel, toList, toMember } from './mapping.ts';
import type { BoardSnapshot } from './types.ts';

/** Trello's default page for board labels (D) and its maximum page of cards (O). */
const LABELS_DEFAULT_LIMIT = 50;
const LABELS_MAX_LIMIT = 1000;
const CARDS_PAGE = 1000;

const CardsSchema = z.array(CardSchema);
type RawParts = [
  z.infer<typeof BoardSchema>,
  z.infer<typeof TrelloListSchema>[],
  z.infer<typeof LabelSchema>[],
  z.infer<typeof MemberSchema>[],
  z.infer<typeof CardsSchema>,
  z.infer<typeof ChecklistSchema>[],
];

/** The six reads of a snapshot, as path-only routes: a batch drops inner query strings, so filters go in the path. */
function routes(boardId: string): [string, ZodType][] {
  const board = `/boards/${encodeURIComponent(boardId)}`;
  return [
    [board, BoardSchema],
    [`${board}/lists/all`, z.array(TrelloListSchema)],
    [`${board}/labels`, z.array(LabelSchema)],
    [`${board}/members`, z.array(MemberSchema)],
    [`${board}/cards/all`, CardsSchema],
    [`${board}/checklists`, z.array(ChecklistSchema)],
  ];
}

const BatchAnswerSchema = z.array(z.record(z.string(), z.unknown()));

/** A batch the server does not offer (old proxy, other Trello-compatible API): read the parts one by one. */
function batchUnavailable(error: unknown): boolean {
  return error instanceof TrelloError && [400, 404, 405, 501].includes(error.status ?? 0);
}

interface BatchContext {
  client: Client;
  logger: Logger;
  redact: Redact;
}

/**
 * One part of a batch answer, `{"<status>": body}`. A part refused for load
 * (429, 5xx) or not in that shape is read again on its own, through the
 * client that paces and retries; any other refusal is final and explained.
 */
async function innerResult(
  ctx: BatchContext,
  route: string,
  entry: Record<string, unknown> | undefined,
  schema: ZodType,
): Promise<unknown> {
  const [statusText, body] = Object.entries(entry ?? {})[0] ?? ['', undefined];
  const status = /^\d{3}$/.test(statusText) ? Number(statusText) : Number.NaN;
  if (Number.isNaN(status) || status === 429 || status >= 500) {
    ctx.logger.info(
      { path: route, status: statusText },
      'a part of the batch read failed; reading it on its own',
    );
    return ctx.client.sendRequest({ url: route, method: 'GET', schema });
  }
  if (status < 200 || status >= 300) {
    const said = typeof body === 'string' ? body : JSON.stringify(body);
    throw new TrelloError(
      ctx.redact(describeStatus(status, said, `GET ${route} (inside GET /batch)`, 1)),
      status,
    );
  }
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new TrelloError(
    `Trello answered GET ${route} with data report-sync cannot read (${issue?.path.join('.')}: ${issue?.message}).`,
  );
}

async function readByBatch(ctx: BatchContext, boardId: string): Promise<RawParts | undefined> {
  const { client } = ctx;
  const parts = routes(boardId);
  let answer: z.infer<typeof BatchAnswerSchema>;
  try {
    answer = await client.sendRequest({
      url: '/batch',
      method: 'GET',
      searchParams: { urls: parts.map(([route]) => route).join(',') },
      schema: BatchAnswerSchema,
    });
  } catch (error) {
    if (batchUnavailable(error)) return undefined;
    throw error;
  }
  if (answer.length !== parts.length) return undefined;
  const results = parts.map(([route, schema], index) => innerResult(ctx, route, answer[index], schema));
  return (await Promise.all(results)) as RawParts;
}

function readOneByOne(trello: TrelloClient, id: string): Promise<RawParts> {
  return Promise.all([
    trello.boards.getBoard({ id }),
    trello.boards.getBoardListsByFilter({ id, filter: 'all' }),
    trello.boards.getBoardLabels({ id }),
    trello.boards.getBoardMembers({ id }),
    trello.boards.getBoardCardsByFilter({ id, filter: 'all' }),
    trello.boards.getBoardChecklists({ id }),
  ]);
}

/**
 * Reads the whole board in one request (`GET /batch`) when the server offers
 * it, else in six. A part the batch could not read for load (429, 5xx) is
 * read again on its own. A part that fills Trello's default page is read
 * again in full: labels with a higher limit, cards page by page (older ids
 * first missing, so each page asks for cards `before` the oldest id seen).
 */
export async function readSnapshot(
  trello: TrelloClient,
  client: Client,
  boardId: string,
  logger: Logger,
  redact: Redact,
): Promise<BoardSnapshot> {
  let parts = await readByBatch({ client, logger, redact }, boardId);
  if (!parts) {
    logger.info('this Trello API gave no usable batch answer; reading the board in six requests');
    parts = await readOneByOne(trello, boardId);
  }
  const [board, lists, firstLabels, members, firstCards, checklists] = parts;
  const labels =
    firstLabels.length >= LABELS_DEFAULT_LIMIT
      ? await trello.boards.getBoardLabels({ id: boardId, limit: LABELS_MAX_LIMIT })
      : firstLabels;
  const cards =
    firstCards.length >= CARDS_PAGE ? await withOlderCards(client, boardId, firstCards) : firstCards;
  return {
    board: toBoardRef(board),
    lists: lists.map(toList),
    labels: labels.map(toLabel),
    members: members.map(toMember),
    cards: cards.map(toCard),
    checklists: checklists.map((c) => toChecklist(c)),
  };
}

async function withOlderCards(
  client: Client,
  boardId: string,
  firstPage: z.infer<typeof CardsSchema>,
): Promise<z.infer<typeof CardsSchema>> {
  const byId = new Map(firstPage.map((card) => [card.id, card]));
  for (let page = firstPage; page.length >= CARDS_PAGE;) {
    const before = page.reduce((oldest, card) => (card.id < oldest ? card.id : oldest), page[0]?.id ?? '');
    page = await client.sendRequest({
      url: `/boards/${encodeURIComponent(boardId)}/cards/all`,
      method: 'GET',
      searchParams: { limit: CARDS_PAGE, before },
      schema: CardsSchema,
    });
    const fresh = page.filter((card) => !byId.has(card.id));
    if (fresh.length === 0) break; // a server that ignores `before` sends the same page again
    for (const card of fresh) byId.set(card.id, card);
  }
  return [...byId.values()];
}
