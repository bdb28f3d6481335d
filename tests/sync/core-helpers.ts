/** Builders for planner and applier tests on the in-memory gateway. */
import { itemKey } from '../../src/extract/normalise.ts';
import { makeTitle } from '../../src/extract/text.ts';
import { silentLogger } from '../../src/log/logger.ts';
import {
  emptySyncState,
  type ReportRecord,
  type StoredEntry,
  type StoredItem,
  type SyncState,
} from '../../src/state/sync-state.ts';
import { applyPlan, type ApplyResult } from '../../src/apply/index.ts';
import { planSync } from '../../src/plan/index.ts';
import type { InstallId, ReportInput, SyncPlan, SyncSettings } from '../../src/plan/types.ts';
import type { FakeGateway } from '../helpers/fake-gateway.ts';

export const NOW = '2024-05-01T10:00:00.000Z';
/** The install these tests sync as, unless a test names another. */
export const SELF = 'a1b2c3d4' as InstallId;

export function settings(overrides: Partial<SyncSettings> = {}): SyncSettings {
  return {
    lists: { todo: 'TODO', planned: 'Planned', done: 'Done' },
    labels: { todo: { name: 'TODO', color: 'red' }, planned: { name: 'Planned', color: 'blue' } },
    perReportLabels: false,
    people: {},
    vanished: 'keep',
    revive: false,
    adoptForeign: false,
    checklistName: 'Checklist',
    due: { time: '12:00', timeZone: 'UTC' },
    ...overrides,
  };
}

/** Checklist entries may be given as text alone: open ones. */
type ItemExtra = Partial<Omit<StoredItem, 'checklist'>> & { checklist?: (string | StoredEntry)[] };

export function item(text: string, { checklist = [], ...extra }: ItemExtra = {}): StoredItem {
  return {
    key: itemKey(text),
    kind: 'planned',
    status: 'open',
    text,
    title: makeTitle(text),
    description: '',
    checklist: checklist.map((entry) =>
      typeof entry === 'string' ? { text: entry, checked: false } : entry,
    ),
    section: ['Planlagte aktiviteter'],
    line: 10,
    owners: [],
    due: null,
    ...extra,
  };
}

/** Open checklist entries with these texts. */
export function entries(texts: readonly string[]): StoredEntry[] {
  return texts.map((text) => ({ text, checked: false }));
}

export function report(
  id: string,
  items: StoredItem[],
  status: ReportInput['status'] = 'changed',
  extra: Partial<ReportRecord> = {},
): ReportInput {
  return {
    id,
    status,
    record: {
      hash: `h-${id}-${items.map((i) => i.key).join('')}`,
      displayPath: id,
      origin: 'reports',
      title: `Report ${id}`,
      date: null,
      link: null,
      items,
      ...extra,
    },
  };
}

/** Marks every report unchanged, as a rerun without edits sees them. */
export function unchanged(reports: ReportInput[]): ReportInput[] {
  return reports.map((r) => ({ ...r, status: 'unchanged' }));
}

export interface PlanOptions {
  settings?: SyncSettings;
  removedReports?: string[];
  install?: InstallId;
}

export async function plan(
  gateway: FakeGateway,
  state: SyncState,
  reports: ReportInput[],
  options: PlanOptions = {},
): Promise<SyncPlan> {
  return planSync({
    reports,
    removedReports: options.removedReports ?? [],
    forgottenReports: [],
    state,
    snapshot: await gateway.snapshot(gateway.boardRef.id),
    settings: options.settings ?? settings(),
    settingsHash: JSON.stringify(options.settings ?? settings()),
    boardRef: gateway.boardRef.shortLink,
    install: options.install ?? SELF,
    now: NOW,
  });
}

export interface Synced extends ApplyResult {
  plan: SyncPlan;
  checkpoints: number;
}

/** Plans and applies once; the returned state is what the state file would hold. */
export async function sync(
  gateway: FakeGateway,
  state: SyncState,
  reports: ReportInput[],
  options: PlanOptions = {},
): Promise<Synced> {
  const made = await plan(gateway, state, reports, options);
  let checkpoints = 0;
  const result = await applyPlan(made, state, {
    gateway,
    checkpoint: async () => {
      checkpoints++;
    },
    logger: silentLogger(),
    now: () => NOW,
  });
  return { ...result, plan: made, checkpoints };
}

export { emptySyncState };

export function writes(plan: SyncPlan): string[] {
  return plan.actions.filter((a) => !['record', 'skip', 'conflict'].includes(a.type)).map((a) => a.type);
}
