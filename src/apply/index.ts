/**
 * The applier: carries out a SyncPlan through one TrelloGateway, the only part
 * of a sync that writes to Trello or to the state. Every write to the board is
 * recorded as an intent before it is sent, and the state checkpointed after
 * it (steps.ts); a report's new content is recorded only once every action
 * for its items applied, so an interrupted run is redone next time.
 */
import { StateError, StoppedError, TrelloError } from '../errors.ts';
import type { Logger } from '../log/logger.ts';
import type { SyncState } from '../state/sync-state.ts';
import type { TrelloGateway } from '../trello/types.ts';
import { cardReader } from './card-reader.ts';
import type { ApplyContext, LeftToPeople } from './context.ts';
import * as steps from './steps.ts';
import { emptyCounts, type SyncCounts } from '../counts.ts';
import { countAction } from '../plan/counts.ts';
import type { PlannedAction, SyncPlan } from '../plan/types.ts';

export type { LeftToPeople };

export interface ApplyDeps {
  gateway: TrelloGateway;
  /** Writes the state durably (the state file's checkpoint). */
  checkpoint(state: SyncState): Promise<void>;
  /** The state to work on, with its changes tracked so that checkpoints cost what changed (the state file's track). */
  track?(state: SyncState): SyncState;
  logger: Logger;
  now(): string;
  signal?: AbortSignal;
  onProgress?(done: number, total: number): void;
}

export interface ApplyFailure {
  key: string | null;
  action: PlannedAction['type'];
  message: string;
}

export interface ApplyResult {
  state: SyncState;
  counts: SyncCounts;
  failures: ApplyFailure[];
  /** Stopped early: a stop signal, or a failure that makes further writes pointless. */
  interrupted: boolean;
  /** What a person changed between the plan and its write, and report-sync left. */
  leftToPeople: LeftToPeople[];
}

export async function applyPlan(plan: SyncPlan, start: SyncState, deps: ApplyDeps): Promise<ApplyResult> {
  const fresh: SyncState = { ...structuredClone(start), board: plan.board, install: plan.install };
  const state = deps.track?.(fresh) ?? fresh;
  const ctx: ApplyContext = {
    gateway: deps.gateway,
    boardId: plan.board.id,
    state,
    save: () => checkpoint(deps, state),
    now: deps.now,
    logger: deps.logger,
    checklistName: plan.checklistName,
    created: { lists: new Map(), labels: new Map() },
    reader: cardReader(deps.gateway, plan.actions),
    left: [],
  };
  const counts = { ...emptyCounts(), unchanged: plan.unchanged };
  const failures: ApplyFailure[] = [];
  const failedKeys = new Set<string>();
  let interrupted = false;

  for (const [index, action] of plan.actions.entries()) {
    if (deps.signal?.aborted) {
      interrupted = true;
      break;
    }
    // After a failed step, the item's later steps (its checklist, say) would fail the same way.
    if ('key' in action && failedKeys.has(action.key)) continue;
    try {
      await runStep(ctx, action);
      countAction(counts, action);
      logAction(deps.logger, action);
    } catch (error) {
      const key = 'key' in action ? action.key : null;
      // The state cannot be saved: writing on would leave the board ahead of what is remembered.
      if (error instanceof StateError) {
        deps.logger.error({ action: action.type, item: key }, STOPPED);
        throw error;
      }
      // Asked to stop mid-action: not a failed change. What it did is left to the next run, which
      // reconciles it (a create's intent stays recorded, and its card is looked for by marker).
      if (error instanceof StoppedError || deps.signal?.aborted) {
        deps.logger.info({ action: action.type, item: key }, 'stopped during this action');
        interrupted = true;
        break;
      }
      if (key) failedKeys.add(key);
      failures.push({
        key,
        action: action.type,
        message: error instanceof Error ? error.message : String(error),
      });
      deps.logger.error({ action: action.type, item: key, err: error }, 'action failed');
      if (isFatal(error)) {
        interrupted = true;
        break;
      }
    }
    deps.onProgress?.(index + 1, plan.actions.length);
  }

  if (!interrupted) {
    commitReports(plan, state, failedKeys, failures.some(isBoardSetup));
    state.unresolvedOwners = [...plan.unresolvedOwners];
  }
  // A clean run proves the settings applied everywhere; otherwise the next run plans every report again.
  state.settingsHash = !interrupted && failures.length === 0 ? plan.settingsHash : null;
  counts.errors = failures.length;
  counts.leftToPeople = ctx.left.reduce((n, entry) => n + entry.fields.length, 0);
  await checkpoint(deps, state);
  return { state, counts, failures, interrupted, leftToPeople: ctx.left };
}

const STOPPED =
  'stopped at this action: the state could not be saved (or is no longer this run’s), so nothing more is written';

/** Any failure to save is a StateError: the loop stops on it rather than writing on. */
async function checkpoint(deps: ApplyDeps, state: SyncState): Promise<void> {
  try {
    await deps.checkpoint(state);
  } catch (error) {
    if (error instanceof StateError) throw error;
    throw new StateError(
      `The state could not be saved: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
      },
    );
  }
}

/** Runs one action. State-only records are saved with the next write (or the final checkpoint). */
async function runStep(ctx: ApplyContext, action: PlannedAction): Promise<void> {
  switch (action.type) {
    case 'ensure-list':
      return steps.ensureList(ctx, action);
    case 'ensure-label':
      return steps.ensureLabel(ctx, action);
    case 'create':
      return steps.createCard(ctx, action);
    case 'update':
      return steps.updateCard(ctx, action);
    case 'add-checklist':
      return steps.addChecklist(ctx, action);
    case 'add-check-items':
      return steps.addCheckItems(ctx, action);
    case 'check-items':
      return steps.checkItems(ctx, action);
    case 'comment':
      return steps.comment(ctx, action);
    case 'archive':
      return steps.archive(ctx, action);
    case 'record':
      return steps.record(ctx, action);
    case 'forget':
      return steps.forget(ctx, action);
    case 'skip':
    case 'conflict':
      return;
  }
}

/**
 * Reports whose items all applied are recorded as synced at their new content
 * hash. "Their items" are the items in the new content and the items that left
 * it (whose archive or comment is still owed): when an action for any of them
 * failed, the report keeps its old record and the next run plans it again. So
 * does every report when a list or label could not be made. A deleted report
 * is forgotten on the same terms.
 */
function commitReports(
  plan: SyncPlan,
  state: SyncState,
  failedKeys: ReadonlySet<string>,
  boardSetupFailed: boolean,
): void {
  const failed = (items: readonly { key: string }[] | undefined) =>
    (items ?? []).some((item) => failedKeys.has(item.key));
  for (const { id, record } of plan.reports) {
    if (boardSetupFailed || failed(record.items) || failed(state.reports[id]?.items)) continue;
    state.reports[id] = record;
  }
  const forget = new Set(plan.forgetReports.filter((id) => !failed(state.reports[id]?.items)));
  state.reports = Object.fromEntries(Object.entries(state.reports).filter(([id]) => !forget.has(id)));
}

/** A list or label the plan needed could not be made. */
function isBoardSetup(failure: ApplyFailure): boolean {
  return failure.action === 'ensure-list' || failure.action === 'ensure-label';
}

/** Credentials refused or the board gone: every further request would fail the same way. */
function isFatal(error: unknown): boolean {
  return error instanceof TrelloError && (error.status === 401 || error.status === 403);
}

function logAction(logger: Logger, action: PlannedAction): void {
  if (
    action.type === 'skip' ||
    action.type === 'conflict' ||
    action.type === 'forget' ||
    (action.type === 'record' && action.event !== 'adopt')
  ) {
    logger.info(
      { action: action.type, ...('key' in action ? { item: action.key, title: action.title } : {}) },
      action.why,
    );
  } else {
    logger.debug({ action: action.type, ...('key' in action ? { item: action.key } : {}) }, action.why);
  }
}
