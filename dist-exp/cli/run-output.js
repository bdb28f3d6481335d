/** What `sync` and `apply` share at the edge: a run with its progress shown, and how it ends. */
import { redactUrls } from "../log/redact.js";
import { runExitCode } from "./exit-codes.js";
import { countsJson, countsLine } from "./output/counts.js";
import { formatPlan } from "./output/plan.js";
import { createProgress } from "./output/progress.js";
import { nothingReadReason } from "./nothing-read.js";
/** Runs `work` with what a sync needs, showing its progress on stderr. */
export async function withProgress(ctx, gateway, work) {
    const progress = createProgress({ stream: ctx.stderr, logger: ctx.logger });
    const deps = {
        gateway,
        logger: ctx.logger,
        now: () => new Date(),
        signal: ctx.stopSignal,
        onProgress: progress.update,
    };
    return work(deps).finally(() => progress.stop());
}
/** Prints the failed changes and the outcome (counts, JSON, or the plan of a dry run); returns the exit code. */
export function endRun(ctx, outcome, options) {
    for (const failure of outcome.failures)
        ctx.stderr.write(`report-sync: ${redactUrls(failure.message)}\n`);
    const read = { reportsRead: outcome.reportsRead, sources: options.sources };
    const nothingRead = nothingReadReason(read, outcome.warnings);
    if (nothingRead)
        ctx.stderr.write(`report-sync: ${redactUrls(nothingRead)}\n`);
    if (options.json)
        ctx.stdout.write(countsJson(outcome.counts, outcome.warnings));
    else if (options.dryRun)
        ctx.stdout.write(outcome.plan ? formatPlan(outcome.plan) : 'Nothing changed since the last sync.\n');
    else
        ctx.stdout.write(`${countsLine(outcome.counts)}\n`);
    return runExitCode(outcome, ctx.stopSignal);
}
//# sourceMappingURL=run-output.js.map