/**
 * `doctor`'s check for other installs on the board: cards whose marker names
 * another install of report-sync (plan/install.ts), counted by install, and
 * this install's own id, so that a person comparing two machines can tell
 * which is which.
 */
import type { Config } from '../config/index.ts';
import type { Logger } from '../log/logger.ts';
import { boardView } from '../plan/board.ts';
import { countByInstall, describeForeign, FOREIGN_FIX } from '../plan/foreign.ts';
import { openSyncState } from '../state/sync-file.ts';
import { emptySyncState } from '../state/sync-state.ts';
import { installOf } from '../sync/install.ts';
import type { BoardSnapshot } from '../trello/types.ts';
import type { Check } from './output/checks.ts';

export async function installsCheck(config: Config, snapshot: BoardSnapshot, logger: Logger): Promise<Check> {
  // An unreadable state file fails its own check; this one then names the id a new state file would get.
  const file = await openSyncState(config, { readOnly: true, logger }).catch(() => null);
  const self = installOf(config.stateFile, file?.state ?? emptySyncState());
  const foreign = countByInstall(snapshot.cards, boardView(snapshot, self), false);
  if (foreign.length === 0)
    return {
      name: 'other installs',
      ok: true,
      detail: `no card on the board was written by another install (this install is ${self})`,
    };
  return {
    name: 'other installs',
    ok: false,
    detail: `this install is ${self}; the board also has ${foreign.map(describeForeign).join(', ')}: two installs on one board would each take the other's writes for a person's edits, so report-sync leaves another install's cards alone`,
    fix: FOREIGN_FIX,
  };
}
