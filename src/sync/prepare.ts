/**
 * Everything before the first write: read the reports, decide whether there
 * is anything to do at all (no API call when nothing changed), then look at
 * the board and plan. The warnings of every stage are logged here, once.
 */
import type { Config } from '../config/index.ts';
import { ConfigError } from '../errors.ts';
// options.ts alone, which the config loader has loaded already: not the extractor, which a no-op never needs.
import { compileRules, type ExtractionRules } from '../extract/options.ts';
import type { Logger } from '../log/logger.ts';
import type { FoundReports } from '../reports/find.ts';
import type { SyncPlan } from '../plan/types.ts';
import { isSettled, type SyncState } from '../state/sync-state.ts';
import type { TrelloGateway } from '../trello/types.ts';
import { logWarnings, type Warning } from '../warnings.ts';
import { readReportInputs, type ReportInputs } from './inputs.ts';
import { installOf } from './install.ts';
import { settingsHash, syncSettings } from './settings.ts';

export interface PrepareDeps {
  gateway: TrelloGateway;
  logger: Logger;
  now(): Date;
  signal?: AbortSignal;
  /** The report files the sources name, when already found (findSyncReports). */
  found?: FoundReports;
}

export interface Prepared {
  inputs: ReportInputs;
  /** Null when nothing changed since the last sync: no snapshot was taken. */
  plan: SyncPlan | null;
  /** Distinct items in the reports. */
  items: number;
  /** Reports read this run, changed or not (0: every source failed, or none names a readable report). */
  reportsRead: number;
  /** The reading's warnings, then the planner's. */
  warnings: Warning[];
}

/** What a run may do beyond a plain sync: each planned even when nothing changed. */
export interface PlanOptions {
  revive?: boolean;
  adoptForeign?: boolean;
}

export async function prepareSync(
  config: Config,
  board: string,
  state: SyncState,
  deps: PrepareDeps,
  options: PlanOptions = {},
): Promise<Prepared> {
  const inputs = await readReportInputs(config, state, {
    rules: () => rulesFor(config),
    logger: deps.logger,
    now: deps.now,
    ...(deps.signal ? { signal: deps.signal } : {}),
    ...(deps.found ? { found: deps.found } : {}),
  });
  const items = new Set(inputs.reports.flatMap((r) => r.record.items.map((i) => i.key))).size;
  const hash = settingsHash(config);
  let plan: SyncPlan | null = null;
  if (options.revive || options.adoptForeign || !isUpToDate(inputs, state, board, hash)) {
    const boardId = await resolveBoard(deps.gateway, board, state);
    const { planSync } = await import('../plan/index.ts');
    plan = planSync({
      reports: inputs.reports,
      removedReports: inputs.removedReports,
      forgottenReports: inputs.forgottenReports,
      state,
      snapshot: await deps.gateway.snapshot(boardId),
      settings: syncSettings(config, options),
      settingsHash: hash,
      boardRef: board,
      install: installOf(config.stateFile, state),
      now: deps.now().toISOString(),
    });
  }
  const warnings = [...inputs.warnings, ...(plan?.warnings ?? [])];
  logWarnings(deps.logger, warnings);
  const reportsRead = inputs.reports.filter((r) => r.status !== 'unavailable').length;
  return { inputs, plan, items, warnings, reportsRead };
}

/**
 * The extraction rules, compiled (patterns and all) once per process and
 * settings, when the first changed report needs them: the worker syncs many
 * times with the same ones, and a run where nothing changed needs none.
 */
const compiledRules = new Map<string, ExtractionRules>();

function rulesFor(config: Config): ExtractionRules {
  const settings = { extraction: config.extraction, people: config.people };
  const key = JSON.stringify(settings);
  let rules = compiledRules.get(key);
  if (!rules) {
    rules = compileRules(settings);
    compiledRules.set(key, rules);
  }
  return rules;
}

/** Nothing read changed or was forgotten, the settings and board are the same, and every card is settled. */
function isUpToDate(inputs: ReportInputs, state: SyncState, board: string, hash: string): boolean {
  return (
    state.board?.ref === board &&
    state.settingsHash === hash &&
    inputs.removedReports.length === 0 &&
    inputs.forgottenReports.length === 0 &&
    inputs.reports.every((r) => r.status !== 'changed') &&
    Object.values(state.cards).every(isSettled)
  );
}

/** The board's id: from the state when the same board was synced before, else asked of Trello. */
export async function resolveBoard(gateway: TrelloGateway, board: string, state: SyncState): Promise<string> {
  if (state.board?.ref === board) return state.board.id;
  const found = await gateway.board(board);
  if (state.board && state.board.id !== found.id) {
    throw new ConfigError(
      `the state file belongs to board "${state.board.name}" (${state.board.url}), not to "${found.name}" (${found.url}). Fix: give this board its own state file with --state, or sync the board the state file belongs to.`,
    );
  }
  return found.id;
}
