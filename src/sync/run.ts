/**
 * One sync, as one sentence: read the reports, plan against the state and the
 * board, apply the plan. Everything it touches is passed in.
 */
import type { Config, TrelloAccess } from '../config/index.ts';
import { emptyCounts, type SyncCounts } from '../counts.ts';
import type { Logger } from '../log/logger.ts';
import { containedSecrets } from '../log/redact.ts';
import type { ApplyFailure, LeftToPeople } from '../apply/index.ts';
import type { SyncPlan } from '../plan/types.ts';
import { type SyncStateHandle, withSyncState } from '../state/sync-file.ts';
import type { SyncState } from '../state/sync-state.ts';
import type { TrelloGateway } from '../trello/types.ts';
import type { Warning } from '../warnings.ts';
import { findSyncReports } from './inputs.ts';
import { type PlanOptions, prepareSync } from './prepare.ts';
import { quietRun } from './quiet.ts';
import { guardGateway, WriteGuard } from '../trello/write-guard.ts';

export interface SyncDeps {
  gateway: TrelloGateway;
  logger: Logger;
  now(): Date;
  signal?: AbortSignal;
  onProgress?(done: number, total: number): void;
  /**
   * Checked before every write to the board while a plan is applied; pass the
   * one the gateway's clock checks too (see write-guard.ts), so that a run
   * paused inside the client notices before it sends.
   */
  guard?: WriteGuard;
}

export interface SyncOptions extends PlanOptions {
  dryRun?: boolean;
}

export interface SyncOutcome {
  counts: SyncCounts;
  /** Null when nothing changed since the last sync. */
  plan: SyncPlan | null;
  failures: ApplyFailure[];
  /** Already logged; for output that carries them (`sync --json`). */
  warnings: Warning[];
  interrupted: boolean;
  /** Reports read this run, changed or not; null for an apply, which reads none. */
  reportsRead: number | null;
  /** Distinct items in the reports; null for an apply. */
  items: number | null;
}

export async function runSync(
  config: Config,
  access: TrelloAccess,
  deps: SyncDeps,
  options: SyncOptions = {},
): Promise<SyncOutcome> {
  const startCalls = deps.gateway.apiCalls;
  const readOnly = options.dryRun ?? false;
  const secrets = containedSecrets([access.key, access.token]);
  const fileOptions = { readOnly, logger: deps.logger, secrets };
  return withSyncState(config, fileOptions, async (file) => {
    const found = await findSyncReports(config, deps);
    // Nothing to do, as the state's summary tells: its cards and items are never read.
    const quiet =
      options.revive || options.adoptForeign
        ? null
        : quietRun(config, access.board, file.summary, found, deps.now().getTime());
    if (quiet) return nothingChanged(file, deps, { ...quiet, warnings: [] });
    const { inputs, plan, items, warnings, reportsRead } = await prepareSync(
      config,
      access.board,
      file.state,
      { ...deps, found },
      options,
    );
    const done = { failures: [], warnings, interrupted: false, reportsRead, items };
    const state = withFingerprints(file.state, inputs.fingerprints);
    if (!plan) {
      if (!readOnly && state !== file.state) await file.checkpoint(state);
      return nothingChanged(file, deps, { reportsRead, items, warnings });
    }
    if (readOnly) {
      const { countPlan } = await import('../plan/counts.ts');
      return { ...done, counts: { ...countPlan(plan), apiCalls: deps.gateway.apiCalls - startCalls }, plan };
    }
    const applied = await applyAndRecord(plan, file, deps, { state, apiCalls: startCalls });
    return { ...applied, warnings: [...warnings, ...applied.warnings], reportsRead, items };
  });
}

/** A run that changed nothing on the board. */
async function nothingChanged(
  file: SyncStateHandle,
  deps: SyncDeps,
  run: { reportsRead: number; items: number; warnings: Warning[] },
): Promise<SyncOutcome> {
  deps.logger.info({ reports: run.reportsRead }, 'nothing changed since the last sync');
  const counts = { ...emptyCounts(), unchanged: run.items };
  // `status` shows the last run whatever it did: an idle worker must not look stalled.
  await file.recordRun({ at: deps.now().toISOString(), ...counts });
  return { ...run, counts, plan: null, failures: [], interrupted: false };
}

/** The state with the reports' new fingerprints (the same state when there are none). */
function withFingerprints(state: SyncState, fingerprints: ReadonlyMap<string, string | null>): SyncState {
  if (fingerprints.size === 0) return state;
  const reports = { ...state.reports };
  for (const [id, fingerprint] of fingerprints) {
    const record = reports[id];
    if (record) reports[id] = { ...record, fingerprint };
  }
  return { ...state, reports };
}

/** Applies a plan to the board and the state, and records the run's summary as the last run. */
export async function applyAndRecord(
  plan: SyncPlan,
  file: SyncStateHandle,
  deps: SyncDeps,
  from: { state?: SyncState; apiCalls?: number } = {},
): Promise<SyncOutcome> {
  const { applyPlan } = await import('../apply/index.ts');
  const startCalls = from.apiCalls ?? deps.gateway.apiCalls;
  const guard = deps.guard ?? new WriteGuard();
  const result = await guard.while(
    () => file.guard(),
    () =>
      applyPlan(plan, from.state ?? file.state, {
        gateway: guardGateway(deps.gateway, guard),
        checkpoint: (state) => file.checkpoint(state),
        track: (state) => file.track(state),
        logger: deps.logger,
        now: () => deps.now().toISOString(),
        ...(deps.signal ? { signal: deps.signal } : {}),
        ...(deps.onProgress ? { onProgress: deps.onProgress } : {}),
      }),
  );
  const counts = { ...result.counts, apiCalls: deps.gateway.apiCalls - startCalls };
  await file.checkpoint(result.state);
  await file.recordRun({ at: deps.now().toISOString(), ...counts });
  const warnings = result.leftToPeople.map(leftWarning);
  return {
    counts,
    plan,
    failures: result.failures,
    warnings,
    interrupted: result.interrupted,
    reportsRead: null,
    items: null,
  };
}

/** A person's change made while the run was under way, which the run left as the person made it. */
function leftWarning(entry: LeftToPeople): Warning {
  return {
    code: 'left-to-people',
    message: `"${entry.title}": left as a person changed it since the plan: ${entry.fields.join(', ')}`,
    fix: "nothing to do; sync again to bring the card up to date in the fields that are still report-sync's",
  };
}
