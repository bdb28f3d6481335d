/**
 * The planner: from the reports' items, the state and a board snapshot to the
 * list of actions that makes the board say what the reports say, without
 * undoing what people did. Pure: no I/O, no clock (`now` is given), no
 * environment. The applier (apply.ts) carries the plan out.
 */
import type { ItemKey } from '../extract/item.ts';
import { indexMarkedCards } from './adopt.ts';
import { boardSetup } from './board-setup.ts';
import { desiredCard } from './desired.ts';
import { isArchived, planItem } from './item.ts';
import { collectOccurrences } from './occurrences.ts';
import { detectRewords } from './reword.ts';
import type { CardRecord, PlanInput, PlannedAction, SyncPlan } from './types.ts';
import { planVanished, vanishedPolicy } from './vanished.ts';

export type * from './types.ts';

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
  const settingsChanged = state.settingsHash !== null && state.settingsHash !== input.settingsHash;
  const setup = boardSetup(snapshot, settings, state.cards, settingsChanged);
  const marked = indexMarkedCards(snapshot.cards);
  const cardsById = new Map(snapshot.cards.map((c) => [c.id, c]));
  const closedListIds = new Set(snapshot.lists.filter((l) => l.closed).map((l) => l.id));
  const rewords = detectRewords(input.reports, state.reports, currentKeys, state.cards, marked, {
    cardsById,
    closedListIds,
  });
  const ctx = {
    cardsById,
    checklists: snapshot.checklists,
    marked,
    closedListIds,
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
      closedListIds,
      previous: state.reports,
      rereadReports: [...changed.map((r) => r.id), ...input.removedReports],
      currentKeys,
      excluded: new Set([...rewords.pairs.values(), ...conflictKeys]),
      settings,
    }),
  );
  // Create intents (recorded before a create whose outcome was never known) of items no longer in any report.
  for (const [key, intent] of Object.entries(state.cards)) {
    if (intent.cardId !== null || currentKeys.has(key)) continue;
    actions.push(...planLeftoverIntent(ctx, key as ItemKey, intent));
  }
  for (const card of marked.duplicates()) {
    warnings.add(`card ${card.url} carries the marker of another card; it is left alone`);
  }

  const conflictReports = new Set(rewords.conflicts.map((c) => c.report));
  return {
    board: { ref: input.boardRef, id: snapshot.board.id, name: snapshot.board.name, url: snapshot.board.url },
    settingsHash: input.settingsHash,
    checklistName: settings.checklistName,
    actions: [...setup.actions(actions), ...actions].sort((a, b) => PHASE[a.type] - PHASE[b.type]),
    reports: changed.filter((r) => !conflictReports.has(r.id)).map((r) => ({ id: r.id, record: r.record })),
    forgetReports: [...input.removedReports],
    unchanged,
    warnings: [...warnings],
    plannedAt: now,
  };
}

/**
 * A create intent whose item left the reports before the create was confirmed:
 * the card it made (found by its marker) is adopted and the vanished policy
 * applies to it; with no such card the intent is dropped, nothing to remember.
 */
function planLeftoverIntent(
  ctx: {
    marked: ReturnType<typeof indexMarkedCards>;
    closedListIds: ReadonlySet<string>;
    settings: PlanInput['settings'];
    now: string;
  },
  key: ItemKey,
  intent: CardRecord,
): PlannedAction[] {
  const show = { key, title: intent.title, list: '' };
  const card = ctx.marked.get(key);
  if (!card) {
    const why =
      'an earlier create did not finish and the item is no longer in any report; no card carries its marker';
    return [{ type: 'record', ...show, cardId: null, record: intent, event: 'dropped', why }];
  }
  const adopted: CardRecord = { ...intent, cardId: card.id, updatedAt: ctx.now };
  const why = 'card of an earlier unfinished create found on the board by its marker';
  const actions: PlannedAction[] = [
    { type: 'record', ...show, cardId: card.id, record: adopted, event: 'adopt', why },
  ];
  if (isArchived(ctx, card)) return actions;
  const where = intent.sources.join(', ') || 'a report';
  return [...actions, ...vanishedPolicy(ctx.settings, key, adopted, card.id, where)];
}
