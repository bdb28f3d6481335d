/**
 * The planner: from the reports' items, the state and a board snapshot to the
 * list of actions that makes the board say what the reports say, without
 * undoing what people did. Pure: no I/O, no clock (`now` is given), no
 * environment. The applier (apply.ts) carries the plan out.
 */
import type { ItemKey } from '../extract/item.ts';
import { indexMarkedCards } from './plan/adopt.ts';
import { boardSetup } from './plan/board-setup.ts';
import { desiredCard } from './plan/desired.ts';
import { planItem } from './plan/item.ts';
import { collectOccurrences } from './plan/occurrences.ts';
import { detectRewords } from './plan/reword.ts';
import type { PlanInput, PlannedAction, SyncPlan } from './plan/types.ts';
import { planVanished } from './plan/vanished.ts';

export type * from './plan/types.ts';

/** Order of application: lists and labels first, state-only records, then writes, then notes. */
const PHASE: Record<PlannedAction['type'], number> = {
  'ensure-list': 0,
  'ensure-label': 0,
  record: 1,
  create: 2,
  update: 3,
  'add-checklist': 4,
  'add-check-items': 4,
  comment: 5,
  archive: 5,
  skip: 6,
  conflict: 6,
};

export function planSync(input: PlanInput): SyncPlan {
  const { state, snapshot, settings, now } = input;
  const occurrences = collectOccurrences(input.reports);
  const currentKeys = new Set<string>(occurrences.keys());
  const setup = boardSetup(snapshot, settings);
  const marked = indexMarkedCards(snapshot.cards);
  const rewords = detectRewords(input.reports, state.reports, currentKeys, state.cards, marked);
  const ctx = {
    cardsById: new Map(snapshot.cards.map((c) => [c.id, c])),
    checklists: snapshot.checklists,
    marked,
    settings,
    now,
  };

  const actions: PlannedAction[] = [];
  const warnings = new Set<string>();
  let unchanged = 0;
  for (const item of occurrences.values()) {
    if (rewords.held.has(item.key)) continue;
    const replaces = rewords.pairs.get(item.key);
    const desired = desiredCard(item, setup, settings);
    for (const owner of desired.unknownOwners)
      warnings.add(`owner "${owner}" is not a member of the board (people: name -> Trello username)`);
    const plan = planItem(ctx, item, desired, state.cards[replaces ?? item.key], replaces);
    actions.push(...plan.actions);
    if (plan.unchanged) unchanged++;
  }

  const conflictKeys = new Set<string>();
  for (const conflict of rewords.conflicts) {
    const keys = [...conflict.gone, ...conflict.added].map((i) => i.key as ItemKey);
    keys.forEach((k) => conflictKeys.add(k));
    const texts = (items: typeof conflict.gone) => items.map((i) => `"${i.title}"`).join(', ');
    const why = `reworded items in ${conflict.report} do not pair up one to one: ${texts(conflict.gone)} resemble ${texts(conflict.added)}. Fix: edit the report so that each old item resembles at most one new item (or none), then sync again`;
    actions.push({ type: 'conflict', keys, reports: [conflict.report], why });
  }

  const changed = input.reports.filter((r) => r.status === 'changed');
  actions.push(
    ...planVanished({
      cards: state.cards,
      cardsById: ctx.cardsById,
      previous: state.reports,
      rereadReports: [...changed.map((r) => r.id), ...input.removedReports],
      currentKeys,
      excluded: new Set([...rewords.pairs.values(), ...conflictKeys]),
      settings,
    }),
  );
  for (const card of marked.duplicates()) {
    warnings.add(`card ${card.url} carries the marker of another card; it is left alone`);
  }

  const conflictReports = new Set(rewords.conflicts.map((c) => c.report));
  return {
    board: { ref: input.boardRef, id: snapshot.board.id, name: snapshot.board.name, url: snapshot.board.url },
    settingsHash: input.settingsHash,
    checklistName: settings.checklistName,
    actions: [...setup.actions(), ...actions].sort((a, b) => PHASE[a.type] - PHASE[b.type]),
    reports: changed.filter((r) => !conflictReports.has(r.id)).map((r) => ({ id: r.id, record: r.record })),
    forgetReports: [...input.removedReports],
    unchanged,
    warnings: [...warnings],
    plannedAt: now,
  };
}
