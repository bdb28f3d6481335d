import { z } from 'zod';
import { TrelloError } from "../errors.js";
import { answerOf, readAnswer } from "./answer.js";
import { describeStatus, errorCodeOf, TrelloRefusalError } from "./errors.js";
import { toBoardRef, toCard, toChecklist, toLabel, toList, toMember } from "./mapping.js";
import { BoardSchema, CardSchema, ChecklistSchema, LabelSchema, ListSchema, MemberSchema, } from "./schemas.js";
/** Trello's default page for board labels (D) and its largest page of cards (O). */
const LABELS_DEFAULT_LIMIT = 50;
const LABELS_MAX_LIMIT = 1000;
const CARDS_PAGE = 1000;
/** Trello's refusal of a read that would answer with too many cards (D; a 403 on big boards, O). */
const TOO_MANY_CARDS = 'API_TOO_MANY_CARDS_REQUESTED';
/** Stands for the cards part when Trello refused to answer it in one piece: they are read page by page. */
const REFUSED_FOR_SIZE = Symbol('refused for size');
const CardsSchema = z.array(CardSchema);
/** The six reads of a snapshot, as path-only routes: a batch drops inner query strings, so filters go in the path. */
function routes(boardId) {
    const board = `/boards/${encodeURIComponent(boardId)}`;
    return [
        [board, BoardSchema],
        [`${board}/lists/all`, z.array(ListSchema)],
        [`${board}/labels`, z.array(LabelSchema)],
        [`${board}/members`, z.array(MemberSchema)],
        [`${board}/cards/all`, CardsSchema],
        [`${board}/checklists`, z.array(ChecklistSchema)],
    ];
}
export const BatchAnswerSchema = z.array(z.record(z.string(), z.unknown()));
/** A batch the server does not offer (old proxy, other Trello-compatible API): read the parts one by one. */
export function batchUnavailable(error) {
    return error instanceof TrelloError && [400, 404, 405, 501].includes(error.status ?? 0);
}
function refusedForSize(error) {
    return error instanceof TrelloRefusalError && error.code === TOO_MANY_CARDS;
}
export async function readRoute(ctx, route, schema) {
    const answer = await answerOf(ctx.client.sendRequest({ url: route, method: 'GET' }));
    return readAnswer(schema, answer, ctx.redact);
}
/**
 * One part of a batch answer, `{"<status>": body}`. A part refused for load
 * (429, 5xx) or not in that shape is read again on its own, through the
 * client that paces and retries; a part refused for its size is left to be
 * read page by page; any other refusal is final and explained.
 */
async function innerResult(ctx, route, entry, schema) {
    const [statusText, body] = Object.entries(entry ?? {})[0] ?? ['', undefined];
    const status = /^\d{3}$/.test(statusText) ? Number(statusText) : Number.NaN;
    if (Number.isNaN(status) || status === 429 || status >= 500) {
        ctx.logger.info({ path: route, status: statusText }, 'a part of the batch read failed; reading it on its own');
        return readRoute(ctx, route, schema);
    }
    if (status < 200 || status >= 300) {
        if (errorCodeOf(body) === TOO_MANY_CARDS)
            return REFUSED_FOR_SIZE;
        const said = typeof body === 'string' ? body : JSON.stringify(body);
        throw new TrelloError(ctx.redact(describeStatus(status, said, `GET ${route} (inside GET /batch)`, 1)), status);
    }
    const parsed = schema.safeParse(body);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    throw new TrelloError(`Trello answered GET ${route} with data report-sync cannot read (${issue?.path.join('.')}: ${issue?.message}).`);
}
async function readByBatch(ctx, boardId) {
    const parts = routes(boardId);
    let answer;
    try {
        const call = ctx.client.sendRequest({
            url: '/batch',
            method: 'GET',
            searchParams: { urls: parts.map(([route]) => route).join(',') },
        });
        answer = readAnswer(BatchAnswerSchema, await answerOf(call), ctx.redact);
    }
    catch (error) {
        if (batchUnavailable(error))
            return undefined;
        throw error;
    }
    if (answer.length !== parts.length)
        return undefined;
    const results = parts.map(([route, schema], index) => innerResult(ctx, route, answer[index], schema));
    return (await Promise.all(results));
}
function readOneByOne(ctx, boardId) {
    const parts = routes(boardId).map(([route, schema]) => readRoute(ctx, route, schema).catch((error) => {
        if (refusedForSize(error))
            return REFUSED_FOR_SIZE;
        throw error;
    }));
    return Promise.all(parts);
}
/**
 * Reads the whole board in one request (`GET /batch`) when the server offers
 * it, else in six. A part the batch could not read for load (429, 5xx) is
 * read again on its own. A part that fills Trello's default page is read
 * again in full: labels with a higher limit, cards page by page (older ids
 * first missing, so each page asks for cards `before` the oldest id seen);
 * cards are read page by page from the start when Trello refuses them in one
 * piece.
 */
export async function readSnapshot(trello, client, boardId, logger, redact) {
    const ctx = { client, logger, redact };
    let parts = await readByBatch(ctx, boardId);
    if (!parts) {
        logger.info('this Trello API gave no usable batch answer; reading the board in six requests');
        parts = await readOneByOne(ctx, boardId);
    }
    const [board, lists, firstLabels, members, firstCards, checklists] = parts;
    const labels = firstLabels.length >= LABELS_DEFAULT_LIMIT
        ? readAnswer(z.array(LabelSchema), await answerOf(trello.boards.getBoardLabels({ id: boardId, limit: LABELS_MAX_LIMIT })), redact)
        : firstLabels;
    if (firstCards === REFUSED_FOR_SIZE)
        logger.info({ boardId }, 'Trello refused the board’s cards in one answer; reading them 1000 at a time');
    const cards = firstCards === REFUSED_FOR_SIZE || firstCards.length >= CARDS_PAGE
        ? await pagedCards(ctx, boardId, firstCards === REFUSED_FOR_SIZE ? [] : firstCards)
        : firstCards;
    return {
        board: toBoardRef(board),
        lists: lists.map(toList),
        labels: labels.map(toLabel),
        members: members.map(toMember),
        cards: cards.map(toCard),
        checklists: checklists.map((c) => toChecklist(c)),
    };
}
/** Every card, a page of the newest before the oldest seen at a time, after `known` (which may be a first page). */
async function pagedCards(ctx, boardId, known) {
    const byId = new Map(known.map((card) => [card.id, card]));
    let oldest = known.reduce((min, card) => (min === undefined || card.id < min ? card.id : min), undefined);
    for (;;) {
        const call = ctx.client.sendRequest({
            url: `/boards/${encodeURIComponent(boardId)}/cards/all`,
            method: 'GET',
            searchParams: oldest === undefined ? { limit: CARDS_PAGE } : { limit: CARDS_PAGE, before: oldest },
        });
        const page = readAnswer(CardsSchema, await answerOf(call), ctx.redact);
        const fresh = page.filter((card) => !byId.has(card.id));
        for (const card of fresh)
            byId.set(card.id, card);
        // A short page is the last; a server that ignores `before` sends the same page again.
        if (page.length < CARDS_PAGE || fresh.length === 0)
            break;
        oldest = fresh.reduce((min, card) => (card.id < min ? card.id : min), fresh[0]?.id ?? '');
    }
    return [...byId.values()];
}
//# sourceMappingURL=snapshot.js.map