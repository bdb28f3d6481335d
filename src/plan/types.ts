/**
 * The vocabulary of a sync: what the planner is given, and the plan it hands
 * the applier. Plain JSON-serialisable data, so that a plan can be saved
 * (`report-sync plan --out`) and applied later exactly as it was printed.
 */
import type { ItemKey, ItemKind, ItemStatus } from '../extract/item.ts';
import type { CardField, CardRecord, ReportRecord, StoredEntry, SyncState } from '../state/sync-state.ts';
import type { BoardRef, BoardSnapshot } from '../trello/types.ts';
import type { Warning } from '../warnings.ts';
import type { InstallId } from './install.ts';
import type { LabelRef, ListRef, OwnedField, WantedFields } from './card-fields.ts';

export type VanishedPolicy = 'keep' | 'comment' | 'archive';

/** What a list is for: the cards of a kind while their item is open, or every card whose item is done. */
export type ListRole = ItemKind | 'done';

/** The settings that shape cards, derived from the configuration. */
export interface SyncSettings {
  lists: Record<ListRole, string>;
  labels: Record<ItemKind, { name: string; color: string | null }>;
  /** Also label each card with the title of every report it appears in. */
  perReportLabels: boolean;
  /** Roster: name in reports -> Trello username. */
  people: Record<string, string>;
  vanished: VanishedPolicy;
  /** Re-create or reopen cards a person deleted or archived. */
  revive: boolean;
  /** Take over the cards of these items that another install marked (install.ts), instead of leaving them alone. */
  adoptForeign: boolean;
  checklistName: string;
  /** A due date's time of day (HH:MM) and the IANA zone it is read in. */
  due: { time: string; timeZone: string };
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
  /** This install: the id its cards' markers carry. */
  install: InstallId;
  /** ISO timestamp: the planner reads no clock. */
  now: string;
}

/** Cards of items in the reports that another install marked, by install. */
export interface ForeignCards {
  install: InstallId;
  cards: number;
  /** The newest activity on any of them (ISO): whether that install is still at work, or long gone. */
  lastActivity: string;
  /** Taken over by this plan (--adopt-foreign); otherwise left alone. */
  adopted: boolean;
}

/** A card as report-sync wants it. */
export interface CardContent extends WantedFields {
  kind: ItemKind;
  /** As the newest report has it. */
  status: ItemStatus;
  checklist: StoredEntry[];
  /** Report ids listed in the description. */
  sources: string[];
  /** The newest report, when the item is done there: its `Done in …` comment, once. */
  doneIn: DoneNotice | null;
}

/** The report an item is done in, as its comment names it. */
export interface DoneNotice {
  reportId: string;
  text: string;
}

/** A check item whose state report-sync sets, by its name in report-sync's checklist. */
export interface CheckItemState {
  name: string;
  complete: boolean;
}

export type SkipReason = 'tombstone' | 'person-changed' | 'vanished-kept' | 'done-without-card' | 'foreign';

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
      /** The item went from done back to open in the reports. */
      reopened: boolean;
      /** The record once the update is applied (list and label ids filled in by the applier when created this run). */
      record: CardRecord;
    })
  /** `cardId` null: the card this plan creates for the item. */
  | (CardActionBase & { type: 'add-checklist'; cardId: string | null; name: string; items: string[] })
  | (CardActionBase & { type: 'add-check-items'; cardId: string; checklistId: string; items: string[] })
  /** `cardId` null: the card this plan creates. Items added earlier in this plan are included. */
  | (CardActionBase & { type: 'check-items'; cardId: string | null; items: CheckItemState[] })
  /** Says once that the item left the reports (`vanished`), or that it is done in a report (recorded as `doneIn`). */
  | (CardActionBase & {
      type: 'comment';
      cardId: string;
      text: string;
      note: 'vanished' | { doneIn: string };
    })
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

/** `settled`: a write recorded as pending before it was sent, settled against the card (pending.ts). */
export type RecordEvent =
  'adopt' | 'adopt-foreign' | 'tombstone' | 'person-changed' | 'rekey' | 'restored' | 'reopened' | 'settled';

export type ActionType = PlannedAction['type'];

/** A report whose new content is recorded once every action for its items has applied. */
export interface ReportCommit {
  id: string;
  record: ReportRecord;
}

export interface SyncPlan {
  board: NonNullable<SyncState['board']>;
  /** The install the plan writes as (its cards' markers carry it); recorded in the state. */
  install: InstallId;
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
  /** Owners of items, as written, that are no member of the board (also in `warnings`). */
  unresolvedOwners: string[];
  /** Cards of these items another install marked, left alone or taken over (also in `warnings`). */
  foreign: ForeignCards[];
  plannedAt: string;
}

export type { BoardRef, CardRecord, InstallId, LabelRef, ListRef };
