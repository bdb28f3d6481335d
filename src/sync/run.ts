/**
 * One sync, as one sentence: read the reports, plan against the state and the
 * board, apply the plan. Everything it touches is passed in.
 */
import type { Config } from '../config/index.ts';
import { emptyCounts, type SyncCounts } from '../counts.ts';
import type { Logger } from '../log/logger.ts';
import { applyPlan, type ApplyFailure, type LeftToPeople } from '../apply/index.ts';
import { countPlan } from '../plan/counts.ts';
import type { SyncPlan } from '../plan/types.ts';
import { type SyncStateHandle, withSyncState } from '../state/sync-file.ts';
import type { TrelloGateway } from '../trello/types.ts';
import type { Warning } from '../warnings.ts';
import { prepareSync } from './prepare.ts';
import type { TrelloAccess } from './settings.ts';

export interface SyncDeps {
  gateway: TrelloGateway;
  logger: Logger;
  now(): Date;
  signal?: AbortSignal;
  onProgress?(done: number, total: number): void;
}

export interface SyncOptions {
  dryRun?: boolean;
  revive?: boolean;
}

export interface SyncOutcome {
  counts: SyncCounts;
  /** Null when nothing changed since the last sync. */
  plan: SyncPlan | null;
  failures: ApplyFailure[];
  /** Already logged; for output that carries them (`sync --json`). */
  warnings: Warning[];
  interrupted: boolean;
}

export async function runSync(
  config: Config,
  access: TrelloAccess,
  deps: SyncDeps,
  options: SyncOptions = {},
): Promise<SyncOutcome> {
  const startCalls = deps.gateway.apiCalls;
  const readOnly = options.dryRun ?? false;
  const fileOptions = { readOnly, logger: deps.logger, secrets: [access.key, access.token] };
  return withSyncState(config, fileOptions, async (file) => {
    const { inputs, plan, items, warnings } = await prepareSync(
      config,
      access.board,
      file.state,
      deps,
      options,
    );
    const done = { failures: [], warnings, interrupted: false };
    if (!plan) {
      deps.logger.info({ reports: inputs.reports.length }, 'nothing changed since the last sync');
      return { ...done, counts: { ...emptyCounts(), unchanged: items }, plan };
    }
    if (readOnly)
      return { ...done, counts: { ...countPlan(plan), apiCalls: deps.gateway.apiCalls - startCalls }, plan };
    const applied = await applyAndRecord(plan, file, deps, startCalls);
    return { ...applied, warnings: [...warnings, ...applied.warnings] };
  });
}

/** Applies a plan to the board and the state, and records the run's summary as the last run. */
export async function applyAndRecord(
  plan: SyncPlan,
  file: SyncStateHandle,
  deps: SyncDeps,
  startCalls = deps.gateway.apiCalls,
): Promise<SyncOutcome> {
  const result = await applyPlan(plan, file.state, {
    gateway: deps.gateway,
    checkpoint: (state) => file.checkpoint(state),
    logger: deps.logger,
    now: () => deps.now().toISOString(),
    ...(deps.signal ? { signal: deps.signal } : {}),
    ...(deps.onProgress ? { onProgress: deps.onProgress } : {}),
  });
  const counts = { ...result.counts, apiCalls: deps.gateway.apiCalls - startCalls };
  await file.checkpoint({ ...result.state, lastRun: { at: deps.now().toISOString(), ...counts } });
  const warnings = result.leftToPeople.map(leftWarning);
  return { counts, plan, failures: result.failures, warnings, interrupted: result.interrupted };
}

/** A person's change made while the run was under way, which the run left as the person made it. */
function leftWarning(entry: LeftToPeople): Warning {
  return {
    code: 'left-to-people',
    message: `"${entry.title}": left as a person changed it since the plan: ${entry.fields.join(', ')}`,
    fix: "nothing to do; sync again to bring the card up to date in the fields that are still report-sync's",
  };
}
