/**
 * Items that left the reports. Only a report that was read and parsed this run
 * (edited, or deleted from a source that was read) can make an item vanish;
 * the configured policy then keeps the card, comments on it once, or archives
 * it. Pure.
 */
import type { ItemKey } from '../extract/item.ts';
import type { CardRecord, ReportRecord } from '../state/sync-state.ts';
import type { BoardView } from './board.ts';
import type { PlannedAction, SyncSettings } from './types.ts';

export interface VanishedInput {
  cards: Readonly<Record<string, CardRecord>>;
  board: BoardView;
  previous: Readonly<Record<string, ReportRecord>>;
  /** Reports read this run whose content changed, and reports deleted from a source that was read. */
  rereadReports: readonly string[];
  currentKeys: ReadonlySet<string>;
  /** Keys whose card moved to a reworded item, or that wait on a reword conflict. */
  excluded: ReadonlySet<string>;
  settings: SyncSettings;
}

export function planVanished(input: VanishedInput): PlannedAction[] {
  const lastSeen = new Map<string, ReportRecord>();
  for (const id of input.rereadReports) {
    const before = input.previous[id];
    for (const item of before?.items ?? []) lastSeen.set(item.key, before as ReportRecord);
  }
  const actions: PlannedAction[] = [];
  for (const [key, report] of lastSeen) {
    const record = input.cards[key];
    if (input.currentKeys.has(key) || input.excluded.has(key) || !record?.cardId || record.tombstone)
      continue;
    const card = input.board.card(record.cardId);
    // Another install's card now: its item is that install's to keep or let go.
    if (!card || input.board.isArchived(card) || input.board.foreignInstall(card)) continue;
    const where = report.title ?? report.displayPath;
    actions.push(...vanishedPolicy(input.settings, key as ItemKey, record, card.id, where));
  }
  return actions;
}

/** What the vanished policy does with the open card of an item no longer in any report. */
export function vanishedPolicy(
  settings: SyncSettings,
  key: ItemKey,
  record: CardRecord,
  cardId: string,
  where: string,
): PlannedAction[] {
  const show = { key, title: record.title, list: '', cardId };
  const policy = settings.vanished;
  if (policy === 'keep') {
    const why = `no longer in any report (last in ${where}); vanished policy: keep`;
    return [{ type: 'skip', ...show, reason: 'vanished-kept', why }];
  }
  if (policy === 'comment' && record.vanishedNoticeAt === null) {
    const text = `report-sync: this item is no longer in any report (last seen in ${where}).`;
    const why = `no longer in any report (last in ${where})`;
    return [{ type: 'comment', ...show, text, note: 'vanished', why }];
  }
  if (policy === 'archive') {
    const why = `no longer in any report (last in ${where}); vanished policy: archive`;
    return [{ type: 'archive', ...show, why }];
  }
  return [];
}
