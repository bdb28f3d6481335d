import { randomUUID } from 'node:crypto';
export function createRunTracker(options) {
    const { job, logger, signal, now } = options;
    let inFlight = null;
    let last = null;
    async function run(runId, trigger) {
        const runLogger = logger.child({ runId });
        const startedAt = now();
        runLogger.debug({ trigger }, 'run started');
        options.onStart?.();
        let summary = null;
        let message = null;
        try {
            const result = await job({ runId, logger: runLogger, signal });
            summary = result.summary;
            message = result.failure ?? null;
        }
        catch (error) {
            message = error instanceof Error ? error.message : String(error);
            runLogger.debug({ err: error }, 'run error in detail');
        }
        const finishedAt = now();
        const outcome = signal.aborted ? 'stopped' : message === null ? 'ok' : 'failed';
        const record = {
            runId,
            trigger,
            startedAt: startedAt.toISOString(),
            finishedAt: finishedAt.toISOString(),
            outcome,
            summary,
            error: message,
        };
        last = record;
        options.onFinish?.(record);
        // The one summary line of the run. Only the message of an error: a raw error may quote a request URL.
        const line = {
            trigger,
            outcome,
            durationMs: finishedAt.getTime() - startedAt.getTime(),
            summary,
            error: message,
        };
        if (outcome === 'failed')
            runLogger.error(line, 'run failed');
        else
            runLogger.info(line, outcome === 'stopped' ? 'run stopped' : 'run finished');
        return record;
    }
    return {
        trigger(trigger) {
            if (inFlight) {
                logger.warn({ runId: inFlight.runId, trigger }, 'run skipped: the previous run is still in progress');
                return Promise.resolve(null);
            }
            if (signal.aborted)
                return Promise.resolve(null);
            const runId = randomUUID();
            const done = run(runId, trigger).finally(() => (inFlight = null));
            inFlight = { runId, done };
            return done;
        },
        lastRun: () => last,
        idle: () => inFlight?.done.then(() => undefined) ?? Promise.resolve(),
    };
}
//# sourceMappingURL=runs.js.map