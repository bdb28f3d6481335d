/**
 * A card report-sync knows and may still write: update the fields it owns,
 * add what its checklist lacks, and note (once) what a person took over. Pure.
 */
import type { ItemKey } from '../extract/item.ts';
import type { CardField, CardRecord } from '../state/sync-state.ts';
import type { TrelloCard } from '../trello/types.ts';
import { diffCard, sameSet } from './card-diff.ts';
import type { ItemContext, ItemPlan } from './item.ts';
import type { CardContent, PlannedAction, RecordEvent } from './types.ts';

export interface KnownCard {
  show: { key: ItemKey; title: string; list: string };
  want: CardContent;
  record: CardRecord;
  card: TrelloCard;
  events: RecordEvent[];
  reopen: boolean;
}

/** A card report-sync knows and may write: update what it still owns, note what a person took over. */
export function planKnownCard(ctx: ItemContext, known: KnownCard): ItemPlan {
  const { show, want, card, events, reopen } = known;
  const actions: PlannedAction[] = [];
  const before = known.record;
  let record = before;
  const diff = diffCard(record, card, ctx.checklists, want, ctx.settings.checklistName);
  const newPerson = diff.personFields.filter((f) => !before.personFields.includes(f));
  if (newPerson.length > 0 || !sameSet(diff.personFields, before.personFields)) {
    if (newPerson.length > 0) events.push('person-changed');
    record = { ...record, personFields: diff.personFields, updatedAt: ctx.now };
  }
  if (diff.adoptChecklist)
    record = { ...record, written: { ...record.written, checklist: diff.adoptChecklist } };
  if (events.length > 0 || diff.adoptChecklist) {
    actions.push({
      type: 'record',
      ...show,
      cardId: card.id,
      record,
      event: events[0] ?? (diff.adoptChecklist ? 'adopt' : 'person-changed'),
      why: recordWhy(events, newPerson, diff.adoptChecklist !== null),
    });
  }

  const changes = reopen ? { ...diff.changes, closed: false } : diff.changes;
  if (Object.keys(changes).length > 0) {
    const sourcesAdded = want.sources.filter((s) => !before.sources.includes(s));
    const sourcesOnly =
      !reopen && diff.fields.length === 1 && diff.fields[0] === 'desc' && sourcesAdded.length > 0;
    const next: CardRecord = {
      ...record,
      kind: want.kind,
      title: want.name,
      written: { ...diff.written, checklist: record.written.checklist },
      sources: diff.fields.includes('desc') ? [...want.sources] : record.sources,
      tombstone: null,
      archivedBySync: false,
      vanishedNoticeAt: null,
      updatedAt: ctx.now,
    };
    const why = reopen
      ? 'reopened: the item is back in a report'
      : updateWhy(diff.fields, sourcesAdded.length, sourcesOnly);
    actions.push({
      type: 'update',
      ...show,
      cardId: card.id,
      changes,
      sourcesAdded,
      sourcesOnly,
      record: next,
      why,
    });
  }
  if (diff.checklist.step === 'add') {
    actions.push({
      type: 'add-checklist',
      ...show,
      cardId: card.id,
      name: ctx.settings.checklistName,
      items: diff.checklist.items,
      why: 'the card has no checklist yet',
    });
  }
  if (diff.checklist.step === 'append') {
    actions.push({
      type: 'add-check-items',
      ...show,
      cardId: card.id,
      checklistId: diff.checklist.checklistId,
      items: diff.checklist.items,
      why: `${diff.checklist.items.length} checklist item${diff.checklist.items.length === 1 ? '' : 's'} to add`,
    });
  }
  if (diff.checklist.step === 'not-editable') {
    actions.push({
      type: 'skip',
      ...show,
      cardId: card.id,
      reason: 'checklist-not-editable',
      why: "the report's checklist changed; existing checklist items are not edited",
    });
  }
  if (newPerson.length > 0) {
    actions.push({
      type: 'skip',
      ...show,
      cardId: card.id,
      reason: 'person-changed',
      fields: newPerson,
      why: `left alone, changed by a person: ${newPerson.join(', ')}`,
    });
  }
  return { actions, unchanged: actions.every((a) => a.type === 'record') };
}

function recordWhy(events: readonly RecordEvent[], person: readonly CardField[], checklist: boolean): string {
  const parts: string[] = [];
  if (events.includes('adopt')) parts.push('card found on the board by its marker');
  if (events.includes('restored')) parts.push('a person reopened the card');
  if (person.length > 0) parts.push(`a person changed ${person.join(', ')}`);
  if (checklist) parts.push('its checklist found on the card');
  return parts.join('; ') || 'fields a person had changed are back to what report-sync wrote';
}

function updateWhy(fields: readonly CardField[], sourcesAdded: number, sourcesOnly: boolean): string {
  if (sourcesOnly) return `${sourcesAdded} new source${sourcesAdded === 1 ? '' : 's'}`;
  return `changed in the reports: ${fields.join(', ')}`;
}
