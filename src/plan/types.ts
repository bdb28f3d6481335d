/**
 * The vocabulary of a sync: what the planner is given, and the plan it hands
 * the applier. Plain JSON-serialisable data, so that a plan can be saved
 * (`report-sync plan --out`) and applied later exactly as it was printed.
 */
import type { ItemKey, ItemKind } from '../extract/item.ts';
import type { CardField, CardRecord, ReportRecord, SyncState } from '../state/sync-state.ts';
import type { BoardRef, BoardSnapshot } from '../trello/types.ts';
import type { Warning } from '../warnings.ts';
import type { LabelRef, ListRef, OwnedField, WantedFields } from './card-fields.ts';

export type VanishedPolicy = 'keep' | 'comment' | 'archive';

/** The settings that shape cards, derived from the configuration. */
export interface SyncSettings {
  lists: Record<ItemKind, string>;
  labels: Record<ItemKind, { name: string; color: string | null }>;
  /** Also label each card with the title of every report it appears in. */
  perReportLabels: boolean;
  /** Roster: name in reports -> Trello username. */
  people: Record<string, string>;
  vanished: VanishedPolicy;
  /** Re-create or reopen cards a person deleted or archived. */
  revive: boolean;
  checklistName: string;
}

/** One report as the planner sees it this run. */
export interface ReportInput {
  /** Identity of the report in the state (stable across runs). */
  id: string;
  record: ReportRecord;
  /**
   * `changed`: read and parsed now, content differs from the last sync (or is new).
   * `unchanged`: same content hash as last synced; `record` is the stored one.
   * `unavailable`: not read this run (read or parse failed, or its source is not
   * part of this run); `record` is the stored one, and it never makes items vanish.
   */
  status: 'changed' | 'unchanged' | 'unavailable';
}

export interface PlanInput {
  reports: ReportInput[];
  /** Reports synced before whose files are gone from a source that was read successfully. */
  removedReports: string[];
  /**
   * Reports synced before from a source no longer configured: they leave the
   * state without making their items vanish (their cards are left as they are).
   */
  forgottenReports: string[];
  state: SyncState;
  snapshot: BoardSnapshot;
  settings: SyncSettings;
  settingsHash: string;
  /** The configured board reference (id, shortLink or URL). */
  boardRef: string;
  /** ISO timestamp: the planner reads no clock. */
  now: string;
}

/** A card as report-sync wants it. */
export interface CardContent extends WantedFields {
  kind: ItemKind;
  checklist: string[];
  /** Report ids listed in the description. */
  sources: string[];
}

export type SkipReason = 'tombstone' | 'person-changed' | 'vanished-kept' | 'checklist-not-editable';

interface ActionBase {
  /** Why, in words a person reads in the dry-run output. */
  why: string;
}

interface CardActionBase extends ActionBase {
  key: ItemKey;
  /** Card name, for display. */
  title: string;
  /** Target list name, for display. */
  list: string;
}

export type PlannedAction =
  | (ActionBase & { type: 'ensure-list'; name: string })
  | (ActionBase & { type: 'ensure-label'; name: string; color: string | null })
  | (CardActionBase & { type: 'create'; card: CardContent })
  | (CardActionBase & {
      type: 'update';
      cardId: string;
      /** The fields to write, with the values of `card`. */
      fields: OwnedField[];
      card: CardContent;
      /** Reopen the card (report-sync archived it, or --revive). */
      reopen: boolean;
      /** Report ids newly listed in the description. */
      sourcesAdded: string[];
      /** True when the only change is the sources list growing. */
      sourcesOnly: boolean;
      /** The record once the update is applied (list and label ids filled in by the applier when created this run). */
      record: CardRecord;
    })
  /** `cardId` null: the card this plan creates for the item. */
  | (CardActionBase & { type: 'add-checklist'; cardId: string | null; name: string; items: string[] })
  | (CardActionBase & { type: 'add-check-items'; cardId: string; checklistId: string; items: string[] })
  | (CardActionBase & { type: 'comment'; cardId: string; text: string })
  | (CardActionBase & { type: 'archive'; cardId: string })
  /** State only: a record rebuilt from a marked card, a tombstone, a field a person took over. */
  | (CardActionBase & {
      type: 'record';
      cardId: string | null;
      record: CardRecord;
      event: RecordEvent;
      /** The key whose record this one replaces (the item was reworded). */
      replaces?: ItemKey;
    })
  /** State only: the record is removed (a create intent no card came of, whose item is gone). */
  | (CardActionBase & { type: 'forget' })
  | (CardActionBase & { type: 'skip'; cardId: string | null; reason: SkipReason; fields?: CardField[] })
  | (ActionBase & { type: 'conflict'; keys: ItemKey[]; reports: string[] });

export type RecordEvent = 'adopt' | 'tombstone' | 'person-changed' | 'rekey' | 'restored';

export type ActionType = PlannedAction['type'];

/** A report whose new content is recorded once every action for its items has applied. */
export interface ReportCommit {
  id: string;
  record: ReportRecord;
}

export interface SyncPlan {
  board: NonNullable<SyncState['board']>;
  settingsHash: string;
  /** Name of the checklist report-sync adds to a card. */
  checklistName: string;
  actions: PlannedAction[];
  reports: ReportCommit[];
  /** Reports the state forgets once applied: removed ones (when their items applied) and forgotten ones. */
  forgetReports: string[];
  /** Items whose card needs nothing. */
  unchanged: number;
  /** Things a person should know that are not actions (an owner who is not on the board). */
  warnings: Warning[];
  plannedAt: string;
}

export type { BoardRef, CardRecord, LabelRef, ListRef };
