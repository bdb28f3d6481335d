/** What the state says about the board: items, cards, tombstones, and the last run recorded beside it. */
import type { RunSummary, SyncState } from '../../state/sync-state.ts';
import { countsLine } from './counts.ts';

export interface SyncStatus {
  board: SyncState['board'];
  reports: number;
  items: number;
  cards: number;
  tombstones: { archived: number; deleted: number };
  /** Creates whose outcome is not confirmed yet (the next sync reconciles them). */
  pendingCreates: number;
  /** Writes to existing cards recorded before they were sent, their outcome not saved (the next sync settles them). */
  pendingWrites: number;
  /** Cards with at least one field a person took over. */
  personChanged: number;
  /** Owners the last planned sync found no board member for. */
  unresolvedOwners: string[];
  lastRun: RunSummary | null;
}

export function syncStatus(state: SyncState, lastRun: RunSummary | null): SyncStatus {
  const records = Object.values(state.cards);
  const items = new Set(Object.values(state.reports).flatMap((r) => r.items.map((i) => i.key)));
  return {
    board: state.board,
    reports: Object.keys(state.reports).length,
    items: items.size,
    cards: records.filter((r) => r.cardId !== null && r.tombstone === null).length,
    tombstones: {
      archived: records.filter((r) => r.tombstone?.reason === 'archived').length,
      deleted: records.filter((r) => r.tombstone?.reason === 'deleted').length,
    },
    pendingCreates: records.filter((r) => r.cardId === null).length,
    pendingWrites: records.filter((r) => r.cardId !== null && r.pending !== undefined).length,
    personChanged: records.filter((r) => r.personFields.length > 0).length,
    unresolvedOwners: state.unresolvedOwners,
    lastRun,
  };
}

export function formatStatus(status: SyncStatus, stateFile: string): string {
  if (!status.board) return `No sync yet (state file ${stateFile} does not exist or is empty).\n`;
  const run = status.lastRun;
  const lines = [
    `Board:        ${status.board.name} (${status.board.url})`,
    `Reports:      ${status.reports}`,
    `Items:        ${status.items}`,
    `Cards:        ${status.cards}${status.personChanged > 0 ? ` (${status.personChanged} with fields changed by a person, left alone)` : ''}`,
    `Tombstones:   ${status.tombstones.archived} archived, ${status.tombstones.deleted} deleted by a person (sync --revive brings them back)`,
    ...pendingLine(status),
    ...(status.unresolvedOwners.length > 0
      ? [
          `Owners:       ${status.unresolvedOwners.length} not on the board: ${ownersList(status.unresolvedOwners)}`,
        ]
      : []),
    run ? `Last run:     ${run.at}: ${countsLine(run)}` : 'Last run:     none recorded',
    `State file:   ${stateFile}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** `"Kari", "@bob" (map them under "people", or add them to the board)`. */
function ownersList(owners: readonly string[]): string {
  return `${owners.map((o) => `"${o}"`).join(', ')} (map them under "people" in the config, or add them to the board)`;
}

/** `Pending:      1 create(s) and 2 write(s) to confirm on the next sync`, when there are any. */
function pendingLine(status: SyncStatus): string[] {
  const parts = [
    ...(status.pendingCreates > 0 ? [`${status.pendingCreates} create(s)`] : []),
    ...(status.pendingWrites > 0 ? [`${status.pendingWrites} write(s)`] : []),
  ];
  return parts.length > 0 ? [`Pending:      ${parts.join(' and ')} to confirm on the next sync`] : [];
}
