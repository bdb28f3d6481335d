import { createServer } from 'node:http';
/** How long past its due time a run may finish before the worker counts as overdue. */
const DEFAULT_OVERDUE_GRACE_MS = 10 * 60_000;
/**
 * Overdue means the run that was due at `dueAt` has not finished `graceMs` later:
 * the scheduler stalled or a run hangs. A failed last run is unhealthy too, until a
 * later run succeeds.
 */
export function assessHealth(status, now, graceMs = DEFAULT_OVERDUE_GRACE_MS) {
    const overdue = status.dueAt !== null && now.getTime() > status.dueAt.getTime() + graceMs;
    const lastOutcome = status.lastRun?.outcome;
    const state = overdue ? 'overdue' : lastOutcome === 'failed' ? 'failing' : lastOutcome ? 'ok' : 'starting';
    return {
        status: state,
        healthy: state === 'ok' || state === 'starting',
        checkedAt: now.toISOString(),
        lastRun: status.lastRun && withoutError(status.lastRun),
        dueAt: status.dueAt?.toISOString() ?? null,
        nextRun: status.nextRun?.toISOString() ?? null,
    };
}
function withoutError(record) {
    const { error: _error, ...shown } = record;
    return shown;
}
/** Serves `GET /health` (200 with the report when healthy, 503 when not) and `GET /metrics`. */
export function startHealthServer(port, host, endpoints) {
    const server = createServer((request, response) => {
        const path = new URL(request.url ?? '/', 'http://localhost').pathname;
        const { metrics } = endpoints;
        if (path !== '/health' && !(path === '/metrics' && metrics))
            return void response.writeHead(404).end();
        if (request.method !== 'GET' && request.method !== 'HEAD')
            return void response.writeHead(405, { allow: 'GET, HEAD' }).end();
        const head = request.method === 'HEAD';
        if (path === '/metrics' && metrics) {
            void metrics().then(({ contentType, body }) => response
                .writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' })
                .end(head ? undefined : body), () => response.writeHead(500).end());
            return;
        }
        const body = endpoints.health();
        response.writeHead(body.healthy ? 200 : 503, {
            'content-type': 'application/json',
            'cache-control': 'no-store',
        });
        response.end(head ? undefined : JSON.stringify(body));
    });
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
            server.off('error', reject);
            resolve({
                port: server.address().port,
                close: () => new Promise((done) => {
                    server.close(() => done());
                    server.closeAllConnections();
                }),
            });
        });
    });
}
//# sourceMappingURL=health.js.map