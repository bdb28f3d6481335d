import { ApiError } from "../errors.js";
import { redirect, sendHtml } from "../http-io.js";
import { renderBoardPage, renderNotFoundPage } from "./board-page.js";
/**
 * `/b/{shortLink}[/slug]` shows a board; `/c/{shortLink}[/...]` (a card's
 * url) jumps to its tile on the board. No auth: the view is for the person
 * running the emulator on their own machine.
 */
export function handleViewRequest(request, response, ctx) {
    const [kind, ref = ''] = new URL(request.url ?? '/', 'http://emulator.invalid').pathname
        .split('/')
        .filter(Boolean);
    try {
        if (kind === 'b')
            return sendHtml(response, 200, renderBoardPage(ctx.store, ctx.store.board(ref)));
        const card = ctx.store.card(ref);
        return redirect(response, `/b/${ctx.store.board(card.idBoard).shortLink}#card-${card.id}`);
    }
    catch (error) {
        if (!(error instanceof ApiError))
            throw error;
        return sendHtml(response, 404, renderNotFoundPage(kind === 'b' ? 'Board' : 'Card'));
    }
}
//# sourceMappingURL=routes.js.map