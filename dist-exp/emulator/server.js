import { createServer } from 'node:http';
import { handleApiRequest } from "./api.js";
import { handleControlRequest } from "./control.js";
import { send } from "./http-io.js";
import { isLoopbackAddress } from "./loopback.js";
import { isOwnHost, isOwnOrigin } from "./request-origin.js";
import { handleViewRequest } from "./view/routes.js";
/**
 * Node refuses request heads over 16 KB with 431 before any handler runs; the
 * emulator must see URLs up to and past Trello's ~8 KB limit to answer 414
 * the way Trello does, so it accepts heads up to 1 MB.
 */
const MAX_HEADER_BYTES = 1024 * 1024;
export function createHttpServer() {
    return createServer({ maxHeaderSize: MAX_HEADER_BYTES, keepAliveTimeout: 5_000 });
}
/**
 * Why an `/_emulator` control request is refused, if it is. The controls need
 * no credentials and can make every request fail, so they answer only this
 * machine (whatever address the server listens on), addressed by its own
 * loopback name, and no page of another origin (request-origin.ts).
 */
function controlRefusal(request, port) {
    const peer = request.socket.remoteAddress;
    if (!isLoopbackAddress(peer))
        return `the /_emulator controls answer loopback clients only (127.0.0.0/8, ::1); this request came from ${peer ?? 'an unknown address'}`;
    const { host, origin } = request.headers;
    if (!isOwnHost(host, port))
        return `the /_emulator controls answer requests addressed to this machine's loopback at port ${port} only, not to Host ${host ?? '(none)'}`;
    if (!isOwnOrigin(origin, port))
        return `the /_emulator controls do not answer pages of another origin (Origin ${origin}); call them from this machine without an Origin`;
    return undefined;
}
/** Routes a request by its first path segment: the API, the harness controls, or the board view. */
function dispatch(request, response, ctx) {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (path === '/1' || path.startsWith('/1/'))
        return handleApiRequest(request, response, ctx);
    if (path.startsWith('/_emulator/')) {
        const refusal = controlRefusal(request, ctx.port);
        if (refusal !== undefined) {
            ctx.logger.warn({ peer: request.socket.remoteAddress, path }, `refused an /_emulator control request: ${refusal}`);
            return send(response, 403, refusal);
        }
        return handleControlRequest(request, response, ctx);
    }
    if (request.method === 'GET' && /^\/[bc]\/[^/]+/.test(path)) {
        if (!isOwnHost(request.headers.host, ctx.port, true))
            return send(response, 403, `the board view answers requests for this machine only, not for Host ${request.headers.host ?? '(none)'}`);
        return handleViewRequest(request, response, ctx);
    }
    return send(response, 404, 'Not Found');
}
export function attachHandlers(server, ctx) {
    server.on('request', (request, response) => {
        Promise.resolve()
            .then(() => dispatch(request, response, ctx))
            .catch((error) => {
            ctx.logger.error({ err: error, url: request.url?.split('?')[0] }, 'emulator failed to answer');
            if (!response.headersSent)
                send(response, 500, 'Internal Server Error');
            else
                response.destroy();
        });
    });
}
export function listen(server, port, host) {
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
            server.off('error', reject);
            resolve(server.address());
        });
    });
}
export function closeServer(server) {
    return new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections (fetch keeps them) would hold close() open until they time out.
        server.closeAllConnections();
    });
}
//# sourceMappingURL=server.js.map