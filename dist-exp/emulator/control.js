import { z } from 'zod';
import { readBody, send } from "./http-io.js";
const share = z.number().min(0).max(1);
const faultOptionsSchema = z.strictObject({
    seed: z.number().int().optional(),
    latencyMs: z.number().min(0).optional(),
    latencyJitterMs: z.number().min(0).optional(),
    errorRate: share.optional(),
    resetRate: share.optional(),
    rateLimitStormRate: share.optional(),
    commitThenDropRate: share.optional(),
    routes: z.array(z.string()).optional(),
    maxFaults: z.number().int().min(0).optional(),
});
/**
 * `/_emulator/...`: the test harness's controls. No auth, so server.ts serves
 * them to loopback clients only; not counted in the stats, so that observing
 * the emulator does not change what it reports.
 */
export async function handleControlRequest(request, response, ctx) {
    const route = `${request.method} ${new URL(request.url ?? '/', 'http://emulator.invalid').pathname}`;
    switch (route) {
        case 'GET /_emulator/stats':
            return send(response, 200, ctx.stats.snapshot());
        case 'POST /_emulator/reset-stats':
            ctx.stats.reset();
            return send(response, 200, ctx.stats.snapshot());
        case 'GET /_emulator/faults':
            return send(response, 200, ctx.faults.options);
        case 'POST /_emulator/faults': {
            const parsed = faultOptionsSchema.safeParse(parseJson(await readBody(request)));
            if (!parsed.success)
                return send(response, 400, { error: 'invalid fault options', issues: parsed.error.issues });
            ctx.faults.configure(parsed.data);
            return send(response, 200, ctx.faults.options);
        }
        default:
            return send(response, 404, `no emulator control at ${route}`);
    }
}
function parseJson(text) {
    try {
        return text.trim() === '' ? {} : JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
//# sourceMappingURL=control.js.map