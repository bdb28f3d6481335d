/**
 * Cards read again right before they are written, so that a person's edit
 * made since the plan is seen and left alone: ten routes per `GET /batch`
 * (Trello's most, D), each card and, where its check items are to be set, its
 * checklists. A card that answers 404 was deleted. A part the batch could not
 * read for load (429, 5xx) is read on its own; a server without batches is
 * read route by route.
 */
import { z } from 'zod';
import { TrelloError } from "../errors.js";
import { answerOf, readAnswer } from "./answer.js";
import { describeStatus } from "./errors.js";
import { toCard, toChecklist } from "./mapping.js";
import { CardSchema, ChecklistSchema } from "./schemas.js";
import { BatchAnswerSchema, batchUnavailable, readRoute } from "./snapshot.js";
const BATCH_ROUTES = 10;
const ChecklistsSchema = z.array(ChecklistSchema);
export async function readCards(ctx, cardIds, withChecklists) {
    const enc = encodeURIComponent;
    const cardRoutes = [...new Set(cardIds)].map((id) => ({
        cardId: id,
        path: `/cards/${enc(id)}`,
        schema: CardSchema,
    }));
    const listRoutes = [...new Set(withChecklists)].map((id) => ({
        cardId: id,
        path: `/cards/${enc(id)}/checklists`,
        schema: ChecklistsSchema,
    }));
    const routes = [...cardRoutes, ...listRoutes];
    const answers = [];
    for (let at = 0; at < routes.length; at += BATCH_ROUTES)
        answers.push(...(await readChunk(ctx, routes.slice(at, at + BATCH_ROUTES))));
    const reads = { cards: new Map(), checklists: [] };
    routes.forEach((route, index) => {
        const answer = answers[index];
        if (route.schema === CardSchema) {
            reads.cards.set(route.cardId, answer === null ? null : toCard(answer));
        }
        else if (answer !== null) {
            const lists = answer;
            reads.checklists.push(...lists.map((c) => toChecklist({ ...c, idCard: c.idCard ?? route.cardId })));
        }
    });
    return reads;
}
/** One batch of routes, each answer read with its schema; null for a card that is gone. */
async function readChunk(ctx, routes) {
    let answer;
    try {
        const call = ctx.client.sendRequest({
            url: '/batch',
            method: 'GET',
            searchParams: { urls: routes.map((r) => r.path).join(',') },
        });
        answer = readAnswer(BatchAnswerSchema, await answerOf(call), ctx.redact);
    }
    catch (error) {
        if (!batchUnavailable(error))
            throw error;
    }
    if (answer?.length !== routes.length)
        return Promise.all(routes.map((route) => readAlone(ctx, route)));
    const parts = answer;
    return Promise.all(routes.map((route, index) => inner(ctx, route, parts[index])));
}
async function inner(ctx, route, entry) {
    const [statusText, body] = Object.entries(entry ?? {})[0] ?? ['', undefined];
    const status = /^\d{3}$/.test(statusText) ? Number(statusText) : Number.NaN;
    if (status === 404)
        return null;
    if (Number.isNaN(status) || status === 429 || status >= 500)
        return readAlone(ctx, route);
    if (status < 200 || status >= 300) {
        const said = typeof body === 'string' ? body : JSON.stringify(body);
        const where = `GET ${route.path} (inside GET /batch)`;
        throw new TrelloError(ctx.redact(describeStatus(status, said, where, 1)), status);
    }
    const parsed = route.schema.safeParse(body);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    throw new TrelloError(`Trello answered GET ${route.path} with data report-sync cannot read (${issue?.path.join('.')}: ${issue?.message}).`);
}
async function readAlone(ctx, route) {
    try {
        return await readRoute(ctx, route.path, route.schema);
    }
    catch (error) {
        if (error instanceof TrelloError && error.status === 404)
            return null;
        throw error;
    }
}
//# sourceMappingURL=card-reads.js.map