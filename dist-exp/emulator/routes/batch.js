import { invalidValue } from "../errors.js";
/** Trello allows at most ten GET routes per batch (D). */
const MAX_BATCH_URLS = 10;
/**
 * `GET /1/batch?urls=/boards/x,/cards/y`: routes without the `/1` prefix,
 * each answered as `{"<status>": body}` in order. It counts as one request
 * against the rate limits (?: Trello does not document how batches count).
 */
export function registerBatchRoute(router) {
    router.add('GET', '/1/batch', (request) => {
        const urls = (request.params.get('urls') ?? '').split(',').filter((url) => url.trim() !== '');
        if (urls.length === 0 || urls.length > MAX_BATCH_URLS)
            throw invalidValue('urls');
        return urls.map((url) => {
            if (!url.startsWith('/') || url.startsWith('/batch'))
                throw invalidValue('urls');
            const inner = new URL(url, 'http://batch.invalid');
            const outcome = router.dispatch('GET', `/1${inner.pathname}`, {
                ...request,
                params: new Map(inner.searchParams),
            });
            return { [outcome.status]: outcome.body };
        });
    });
}
//# sourceMappingURL=batch.js.map