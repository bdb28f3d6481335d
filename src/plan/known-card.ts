/**
 * A card report-sync knows and may still write: note in the state what it
 * learnt (a person's change, a card or checklist found on the board), update
 * the fields it still owns, add what its checklist lacks, and say once what a
 * person took over. Pure.
 */
import type { CardField, CardRecord } from '../state/sync-state.ts';
import type { TrelloCard } from '../trello/types.ts';
import { type CardDiff, diffCard } from './card-diff.ts';
import { sameSet } from './card-fields.ts';
import type { ItemContext, ItemPlan, Shown } from './item.ts';
import type { CardContent, PlannedAction, RecordEvent } from './types.ts';

export interface KnownCard {
  show: Shown;
  want: CardContent;
  record: CardRecord;
  card: TrelloCard;
  /** What the state learnt before the diff (the card was adopted, or a person reopened it). */
  events: RecordEvent[];
  reopen: boolean;
}

export function planKnownCard(ctx: ItemContext, known: KnownCard): ItemPlan {
  const { record, card, want } = known;
  const diff = diffCard(record, card, ctx.board.checklists, want, ctx.settings.checklistName);
  const newPerson = diff.personFields.filter((f) => !record.personFields.includes(f));
  const noted = noteInState(ctx, known, diff, newPerson);
  const actions = [
    ...noted.actions,
    ...updateCard(ctx, known, diff, noted.record),
    ...checklistSteps(ctx, known, diff),
    ...personSkip(known, newPerson),
  ];
  return { actions, unchanged: actions.every((a) => a.type === 'record') };
}

/** The record once the state knows what a person changed and which checklist is ours; a note when it learnt something. */
function noteInState(
  ctx: ItemContext,
  known: KnownCard,
  diff: CardDiff,
  newPerson: readonly CardField[],
): { record: CardRecord; actions: PlannedAction[] } {
  const { show, card } = known;
  const events = [...known.events, ...(newPerson.length > 0 ? (['person-changed'] as const) : [])];
  let record = known.record;
  if (!sameSet(diff.personFields, record.personFields))
    record = { ...record, personFields: diff.personFields, updatedAt: ctx.now };
  if (diff.adoptChecklist)
    record = { ...record, written: { ...record.written, checklist: diff.adoptChecklist } };
  if (events.length === 0 && !diff.adoptChecklist) return { record, actions: [] };
  const event = events[0] ?? (diff.adoptChecklist ? 'adopt' : 'person-changed');
  const why = recordWhy(events, newPerson, diff.adoptChecklist !== null);
  return { record, actions: [{ type: 'record', ...show, cardId: card.id, record, event, why }] };
}

function updateCard(ctx: ItemContext, known: KnownCard, diff: CardDiff, record: CardRecord): PlannedAction[] {
  const { show, want, card, reopen } = known;
  if (diff.fields.length === 0 && !reopen) return [];
  const sourcesAdded = want.sources.filter((s) => !known.record.sources.includes(s));
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
  return [
    {
      type: 'update',
      ...show,
      cardId: card.id,
      fields: diff.fields,
      card: want,
      reopen,
      sourcesAdded,
      sourcesOnly,
      record: next,
      why,
    },
  ];
}

function checklistSteps(ctx: ItemContext, known: KnownCard, diff: CardDiff): PlannedAction[] {
  const { show, card } = known;
  const step = diff.checklist;
  switch (step.step) {
    case 'none':
      return [];
    case 'add':
      return [
        {
          type: 'add-checklist',
          ...show,
          cardId: card.id,
          name: ctx.settings.checklistName,
          items: step.items,
          why: 'the card has no checklist yet',
        },
      ];
    case 'append':
      return [
        {
          type: 'add-check-items',
          ...show,
          cardId: card.id,
          checklistId: step.checklistId,
          items: step.items,
          why: `${step.items.length} checklist item${step.items.length === 1 ? '' : 's'} to add`,
        },
      ];
    case 'not-editable':
      return [
        {
          type: 'skip',
          ...show,
          cardId: card.id,
          reason: 'checklist-not-editable',
          why: "the report's checklist changed; existing checklist items are not edited",
        },
      ];
  }
}

/** Said once, when a person takes a field over; left alone silently after that. */
function personSkip(known: KnownCard, newPerson: CardField[]): PlannedAction[] {
  if (newPerson.length === 0) return [];
  const why = `left alone, changed by a person: ${newPerson.join(', ')}`;
  return [
    { type: 'skip', ...known.show, cardId: known.card.id, reason: 'person-changed', fields: newPerson, why },
  ];
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
