import { setTimeout as delay } from 'node:timers/promises';
import { authenticate, presentedCredentials } from "./auth.js";
import { ApiError, cannotRoute, getWithBody, uriTooLong } from "./errors.js";
import { readBody, send } from "./http-io.js";
import { collectParams } from "./params.js";
import { rateLimitBody } from "./ratelimit.js";
/** Trello refuses request targets over about 8 KB with 414 (O). */
const MAX_URL_BYTES = 8192;
/** Routes with a rate limit of their own (D). */
const SPECIAL_ROUTES = {
    'GET /1/members/:id': 'members',
    'GET /1/search': 'search',
};
const SERVER_ERROR_TEXT = {
    500: 'Internal Server Error',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
};
/**
 * One `/1/...` request, in the order Trello's layers see it: the URL length
 * (the CDN, before auth), a GET with a body (also the CDN), key and token,
 * the route, the rate limits, then injected faults, the handler, and the
 * write reaching disk before the answer leaves.
 */
export async function handleApiRequest(request, response, ctx) {
    const method = request.method ?? 'GET';
    const target = request.url ?? '/';
    const url = new URL(target, 'http://emulator.invalid');
    const match = ctx.router.match(method, url.pathname);
    const route = `${method} ${match?.route.pattern ?? '(unmatched)'}`;
    let headers = {};
    const answer = (status, body, injectedFault = false) => {
        ctx.stats.record(method, route, status, injectedFault);
        ctx.logger.debug({ route, status, injectedFault }, 'emulator answered');
        send(response, status, body, headers);
    };
    const drop = () => {
        ctx.stats.record(method, route, 'reset', true);
        ctx.logger.debug({ route }, 'emulator dropped the connection (injected fault)');
        request.socket.destroy();
    };
    try {
        if (Buffer.byteLength(target) > MAX_URL_BYTES)
            throw uriTooLong();
        const body = await readBody(request);
        if (method === 'GET' && body.length > 0)
            throw getWithBody();
        const credentials = authenticate(presentedCredentials(url.searchParams, request.headers.authorization), ctx.credentials, method);
        if (!match)
            throw cannotRoute(method, target);
        const decision = ctx.limiter?.check(credentials, SPECIAL_ROUTES[route], ctx.store.clock(), ctx.owner.id);
        headers = decision?.headers ?? {};
        if (decision?.exceeded)
            return answer(429, rateLimitBody(decision.exceeded));
        await delay(ctx.faults.latencyMs());
        const fault = ctx.faults.decide(route, method !== 'GET');
        if (fault?.kind === 'reset')
            return drop();
        if (fault?.kind === 'error')
            return answer(fault.status, SERVER_ERROR_TEXT[fault.status], true);
        if (fault?.kind === 'rateLimitStorm')
            return answer(429, rateLimitBody('API_TOKEN_LIMIT_EXCEEDED'), true);
        const params = collectParams(url.searchParams, body, request.headers['content-type']);
        const outcome = ctx.router.run(match, {
            method,
            params,
            member: ctx.owner,
            store: ctx.store,
            json: ctx.json,
        });
        await ctx.persistence.flush();
        if (fault?.kind === 'commitThenDrop')
            return drop();
        return answer(outcome.status, outcome.body);
    }
    catch (error) {
        if (error instanceof ApiError)
            return answer(error.status, error.body);
        ctx.logger.error({ err: error, route }, 'emulator request failed');
        return answer(500, SERVER_ERROR_TEXT[500]);
    }
}
//# sourceMappingURL=api.js.map