/**
 * The planner: from the reports' items, the state and a board snapshot to the
 * list of actions that makes the board say what the reports say, without
 * undoing what people did. Pure: no I/O, no clock (`now` is given), no
 * environment. The applier (src/apply/) carries the plan out.
 */
import type { ItemKey } from '../extract/item.ts';
import { distinctWarnings, type Warning } from '../warnings.ts';
import { boardView } from './board.ts';
import { boardSetup } from './board-setup.ts';
import { desiredCard } from './desired.ts';
import { foreignCards, foreignWarning, heldReports } from './foreign.ts';
import { planItem } from './item.ts';
import { planLeftoverIntents } from './leftovers.ts';
import { collectOccurrences, formerKeyAliases } from './occurrences.ts';
import { settlePending } from './pending.ts';
import { unresolvedOwners } from './owners.ts';
import { conflictActions, detectRewords } from './reword.ts';
import type { ActionType, PlanInput, PlannedAction, SyncPlan } from './types.ts';
import { planVanished } from './vanished.ts';

export type * from './types.ts';

/** Order of application: lists and labels first, state-only records, then writes, then notes. */
export const ACTION_PHASES: Record<ActionType, number> = {
  'ensure-list': 0,
  'ensure-label': 0,
  record: 1,
  forget: 1,
  create: 2,
  update: 3,
  'add-checklist': 4,
  'add-check-items': 4,
  'check-items': 5,
  comment: 6,
  archive: 6,
  skip: 7,
  conflict: 7,
};

export function planSync(input: PlanInput): SyncPlan {
  const { state, snapshot, settings, now } = input;
  const board = boardView(snapshot, input.install);
  // Writes recorded before they were sent are settled first: the rest of the plan sees no pending write.
  const settled = settlePending(state.cards, board, now);
  const { cards } = settled;
  const settingsChanged = state.settingsHash !== null && state.settingsHash !== input.settingsHash;
  const setup = boardSetup(snapshot, settings, cards, settingsChanged);
  const known = formerKeyAliases(cards);
  const before = collectOccurrences(input.reports, known);
  const rewords = detectRewords({
    reports: input.reports,
    previous: state.reports,
    occurrences: before,
    cards,
    board,
    aliases: known,
  });
  // A reworded item's old text, still in older reports, is the item too.
  const occurrences =
    rewords.pairs.size === 0 ? before : collectOccurrences(input.reports, withRewords(known, rewords.pairs));
  const currentKeys = new Set<string>(occurrences.keys());
  const ctx = { board, settings, now };
  const owners = [...occurrences.values()].flatMap((o) => o.item.owners);

  const actions: PlannedAction[] = [...settled.actions];
  const warnings: Warning[] = [];
  let unchanged = 0;
  for (const item of occurrences.values()) {
    if (rewords.held.has(item.key)) continue;
    const replaces = rewords.pairs.get(item.key);
    const desired = desiredCard(item, setup, settings, input.install);
    warnings.push(...desired.warnings);
    const plan = planItem(ctx, item.key, desired.card, cards[replaces ?? item.key], replaces);
    actions.push(...plan.actions);
    if (plan.unchanged) unchanged++;
  }
  actions.push(...conflictActions(rewords.conflicts));

  const changed = input.reports.filter((r) => r.status === 'changed');
  const waiting = rewords.conflicts.flatMap((c) => [...c.gone, ...c.added].map((i) => i.key as ItemKey));
  actions.push(
    ...planVanished({
      cards,
      board,
      previous: state.reports,
      rereadReports: [...changed.map((r) => r.id), ...input.removedReports],
      currentKeys,
      excluded: new Set([...rewords.pairs.values(), ...waiting]),
      settings,
    }),
    ...planLeftoverIntents(cards, currentKeys, ctx),
  );
  for (const card of board.marked.duplicates()) {
    warnings.push({
      code: 'duplicate-marker',
      message: `card ${card.url} carries the marker of another card; it is left alone`,
    });
  }

  const foreign = foreignCards(actions, board);
  warnings.push(...foreign.map(foreignWarning));

  // Not recorded as synced: a report waiting on a reword conflict, or with an item another install holds.
  const unsynced = new Set([...rewords.conflicts.map((c) => c.report), ...heldReports(actions, occurrences)]);
  return {
    board: { ref: input.boardRef, id: snapshot.board.id, name: snapshot.board.name, url: snapshot.board.url },
    install: input.install,
    settingsHash: input.settingsHash,
    checklistName: settings.checklistName,
    actions: [...setup.actions(actions), ...actions].sort(
      (a, b) => ACTION_PHASES[a.type] - ACTION_PHASES[b.type],
    ),
    reports: changed.filter((r) => !unsynced.has(r.id)).map((r) => ({ id: r.id, record: r.record })),
    // Reports of sources no longer configured leave the state too, but are not reread: none of their items vanish.
    forgetReports: [...new Set([...input.removedReports, ...input.forgottenReports])],
    unchanged,
    warnings: distinctWarnings(warnings),
    unresolvedOwners: unresolvedOwners(owners, setup.memberId),
    foreign,
    plannedAt: now,
  };
}

/** The aliases once this run's rewords are made: an old key, and its own former keys, point at the new key. */
function withRewords(aliases: ReadonlyMap<string, ItemKey>, pairs: ReadonlyMap<ItemKey, ItemKey>) {
  const next = new Map(aliases);
  for (const [now, old] of pairs) {
    next.set(old, now);
    for (const [former, key] of aliases) if (key === old) next.set(former, now);
  }
  return next;
}
