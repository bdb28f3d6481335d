/**
 * Everything before the first write: read the reports, decide whether there
 * is anything to do at all (no API call when nothing changed), then look at
 * the board and plan.
 */
import type { Config } from '../config/index.ts';
import { ConfigError } from '../errors.ts';
import { compileRules } from '../extract/index.ts';
import type { Logger } from '../log/logger.ts';
import type { SyncState } from '../state/sync-state.ts';
import type { TrelloGateway } from '../trello/types.ts';
import { readReportInputs, type ReportInputs } from './inputs.ts';
import { planSync } from '../plan/index.ts';
import type { SyncPlan } from '../plan/types.ts';
import { settingsHash, syncSettings } from './settings.ts';

export interface PrepareDeps {
  gateway: TrelloGateway;
  logger: Logger;
  now(): Date;
  signal?: AbortSignal;
}

export interface Prepared {
  inputs: ReportInputs;
  /** Null when nothing changed since the last sync: no snapshot was taken. */
  plan: SyncPlan | null;
  /** Distinct items in the reports. */
  items: number;
}

export async function prepareSync(
  config: Config,
  board: string,
  state: SyncState,
  deps: PrepareDeps,
  options: { revive?: boolean } = {},
): Promise<Prepared> {
  const rules = compileRules({ extraction: config.extraction, people: config.people });
  const inputs = await readReportInputs(config, state, {
    rules,
    logger: deps.logger,
    ...(deps.signal ? { signal: deps.signal } : {}),
  });
  const items = new Set(inputs.reports.flatMap((r) => r.record.items.map((i) => i.key))).size;
  const hash = settingsHash(config);
  if (!options.revive && isUpToDate(inputs, state, board, hash)) return { inputs, plan: null, items };

  const boardId = await resolveBoard(deps.gateway, board, state);
  const snapshot = await deps.gateway.snapshot(boardId);
  const plan = planSync({
    reports: inputs.reports,
    removedReports: inputs.removedReports,
    state,
    snapshot,
    settings: syncSettings(config, options),
    settingsHash: hash,
    boardRef: board,
    now: deps.now().toISOString(),
  });
  // Reports of sources no longer configured leave the state, but are not reread: none of their items vanish.
  const forget = inputs.forgottenReports.filter((id) => !plan.forgetReports.includes(id));
  return { inputs, plan: { ...plan, forgetReports: [...plan.forgetReports, ...forget] }, items };
}

/** Nothing read changed or was forgotten, the settings and board are the same, and no create is left unconfirmed. */
function isUpToDate(inputs: ReportInputs, state: SyncState, board: string, hash: string): boolean {
  return (
    state.board?.ref === board &&
    state.settingsHash === hash &&
    inputs.removedReports.length === 0 &&
    inputs.forgottenReports.length === 0 &&
    inputs.reports.every((r) => r.status !== 'changed') &&
    Object.values(state.cards).every((c) => c.cardId !== null)
  );
}

/** The board's id: from the state when the same board was synced before, else asked of Trello. */
async function resolveBoard(gateway: TrelloGateway, board: string, state: SyncState): Promise<string> {
  if (state.board?.ref === board) return state.board.id;
  const found = await gateway.board(board);
  if (state.board && state.board.id !== found.id) {
    throw new ConfigError(
      `the state file belongs to board "${state.board.name}" (${state.board.url}), not to "${found.name}" (${found.url}). Fix: give this board its own state file with --state, or sync the board the state file belongs to.`,
    );
  }
  return found.id;
}
