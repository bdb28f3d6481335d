/** What `sync` and `apply` share at the edge: a run with its progress shown, and how it ends. */
import { redactUrls } from '../log/redact.ts';
import type { SyncDeps, SyncOutcome } from '../sync/run.ts';
import type { TrelloGateway } from '../trello/types.ts';
import type { CommandContext } from './context.ts';
import { runExitCode } from './exit-codes.ts';
import { countsJson, countsLine } from './output/counts.ts';
import { formatPlan } from './output/plan.ts';
import { createProgress } from './output/progress.ts';
import { heldItemsReason } from './held-items.ts';
import { nothingReadReason } from './nothing-read.ts';

/** Runs `work` with what a sync needs, showing its progress on stderr. */
export async function withProgress<T>(
  ctx: CommandContext,
  gateway: TrelloGateway,
  work: (deps: SyncDeps) => Promise<T>,
): Promise<T> {
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
export function endRun(
  ctx: CommandContext,
  outcome: SyncOutcome,
  options: { json?: boolean | undefined; dryRun?: boolean | undefined; sources: number },
): number {
  for (const failure of outcome.failures) ctx.stderr.write(`report-sync: ${redactUrls(failure.message)}\n`);
  const read = { reportsRead: outcome.reportsRead, sources: options.sources };
  const nothingRead = nothingReadReason(read, outcome.warnings);
  if (nothingRead) ctx.stderr.write(`report-sync: ${redactUrls(nothingRead)}\n`);
  const held = heldItemsReason(outcome);
  if (held) ctx.stderr.write(`report-sync: ${held}\n`);
  if (options.json) ctx.stdout.write(countsJson(outcome.counts, outcome.warnings));
  else if (options.dryRun)
    ctx.stdout.write(outcome.plan ? formatPlan(outcome.plan) : 'Nothing changed since the last sync.\n');
  else ctx.stdout.write(`${countsLine(outcome.counts)}\n`);
  return runExitCode(outcome, ctx.stopSignal);
}
