/**
 * From what the outline walk found to the item records of
 * docs/extraction.md ("The item record"): status tags, owners from the text,
 * due date, title and key are derived here; text that is no task is dropped;
 * the same normalised text twice in one report collapses to its first
 * occurrence (a repeat in another person group adds its owners).
 */
import { fromIso, type CalendarDate } from '../languages/dates/index.ts';
import { ParseLimitExceeded, type TimeBudget } from '../parse/budget.ts';
import type { DroppedCandidates, DropRule } from './dropped.ts';
import { findDue } from './due.ts';
import type { ChecklistEntry, Item, ItemKind, ItemStatus } from './item.ts';
import { keyOfNormalised, normaliseText } from './normalise.ts';
import { isNotAnItem, notAnItemRule } from './not-items.ts';
import { handlesIn, rosterOwners, rosterSpelling, type CompiledRoster } from './owners.ts';
import { readStatus } from './status.ts';
import { makeTitle } from './text.ts';

/** An item as the walk finds it, before derived fields. */
export interface Finding {
  kind: ItemKind;
  /** What the structure says: a checked box, a done section, a done status cell. */
  status: ItemStatus;
  /** Marker removed; status tags still in. */
  text: string;
  description: string;
  checklist: ChecklistEntry[];
  section: string[];
  line: number;
  /** Owners the structure gives: a marker's, an owner column, a person group. */
  owners: string[];
  /** From a due column, when the row has one. */
  due?: string | null;
  /** Texts of the links and code spans of the block the text comes from. */
  links?: readonly string[];
  code?: readonly string[];
  /** From a person group: a repeat of the same text adds its owners to the first. */
  grouped?: boolean;
  /** In a mixed actions-and-decisions section: kept only when it names an owner. */
  needsOwner?: boolean;
}

export interface RecordContext {
  roster: CompiledRoster;
  /** `YYYY-MM-DD`, the reference of relative due dates. */
  reportDate: string | undefined;
  /** More distinct items than this and the report is no report (an export, a log): it is skipped. */
  maxItems: number;
  /** Checked per finding: extraction of one report is as bounded in time as its parse. */
  budget?: TimeBudget;
  /** Where the candidates a rule leaves out are counted. */
  dropped: DroppedCandidates;
}

/**
 * Item records in document order, one per distinct normalised text. Throws ParseLimitExceeded
 * past `maxItems`, BudgetExceeded past the budget: the report is then skipped whole.
 */
export function toItems(findings: Iterable<Finding>, context: RecordContext): Item[] {
  const reference: CalendarDate | null = context.reportDate ? fromIso(context.reportDate) : null;
  const items = new Map<string, Item>();
  for (const finding of findings) {
    context.budget?.check(finding.line);
    const item = toItem(finding, context.roster, reference);
    if (typeof item === 'string') {
      context.dropped.add(item, finding.line, finding.text);
      continue;
    }
    const first = items.get(item.key);
    if (!first) {
      if (items.size >= context.maxItems) throw tooManyItems(context.maxItems, finding.line);
      items.set(item.key, item);
    } else if (finding.grouped)
      for (const owner of item.owners) if (!first.owners.includes(owner)) first.owners.push(owner);
  }
  return [...items.values()];
}

function tooManyItems(max: number, line: number): ParseLimitExceeded {
  return new ParseLimitExceeded(
    'too-many-items',
    line,
    `the report holds more than ${max} items (item ${max + 1} is on this line), more than any report a team writes: it is read as an export or a log, not as tasks`,
    'split the report, leave it out of the sources, or raise extraction.maxItemsPerReport in the config',
  );
}

function toItem(finding: Finding, roster: CompiledRoster, reference: CalendarDate | null): Item | DropRule {
  const tagged = readStatus(finding.text);
  const text = tagged.text;
  const normalised = normaliseText(text);
  const notAnItem = notAnItemRule(text, finding.links ?? [], normalised);
  if (notAnItem) return notAnItem;
  const owners = unique(
    [...finding.owners, ...handlesIn(text, finding.code), ...rosterOwners(text, roster)].map((o) =>
      rosterSpelling(o, roster),
    ),
  );
  if (finding.needsOwner && owners.length === 0) return 'needs-owner';
  const status: ItemStatus = finding.status === 'done' || tagged.status === 'done' ? 'done' : 'open';
  const due = status === 'done' ? null : (finding.due ?? findDue(text, reference));
  return {
    kind: finding.kind,
    status,
    text,
    title: makeTitle(text),
    description: finding.description,
    checklist: finding.checklist,
    section: finding.section,
    line: finding.line,
    owners,
    due,
    key: keyOfNormalised(normalised),
  };
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names.map((n) => n.trim()).filter((n) => n !== ''))];
}

/** A checklist entry's text: status tags removed, and whether it is done; null for text that is no task (a bare link). */
export function checklistEntry(
  text: string,
  boxChecked: boolean,
  links: readonly string[] = [],
): ChecklistEntry | null {
  const tagged = readStatus(text);
  // Without a letter or digit nothing is left once markup is gone (normaliseText would say '').
  if (!/[\p{L}\p{N}]/u.test(tagged.text) || isNotAnItem(tagged.text, links, tagged.text)) return null;
  return { text: tagged.text, checked: boxChecked || tagged.status === 'done' };
}
