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
import type { CardContent, CheckItemState, PlannedAction, RecordEvent } from './types.ts';

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
  const diff = diffCard(record, card, ctx.board.checklistsOf(card.id), want, ctx.settings.checklistName);
  const newPerson = diff.personFields.filter((f) => !record.personFields.includes(f));
  const noted = noteInState(ctx, known, diff, newPerson);
  const actions = [
    ...noted.actions,
    ...updateCard(ctx, known, diff, noted.record),
    ...checklistSteps(ctx, known, diff),
    ...doneNotice(known),
    ...personSkip(known, newPerson),
  ];
  return { actions, unchanged: actions.every((a) => a.type === 'record') };
}

/** Reopened in the reports: its card was announced done, and the newest report lists the item open. */
const reopenedItem = ({ want, record }: KnownCard) => want.status === 'open' && record.doneIn !== null;

/** The record once the state knows what a person changed and which checklist is ours; a note when it learnt something. */
function noteInState(
  ctx: ItemContext,
  known: KnownCard,
  diff: CardDiff,
  newPerson: readonly CardField[],
): { record: CardRecord; actions: PlannedAction[] } {
  const { show, card } = known;
  const events: RecordEvent[] = [
    ...known.events,
    ...(newPerson.length > 0 ? (['person-changed'] as const) : []),
  ];
  let record = known.record;
  if (!sameSet(diff.personFields, record.personFields))
    record = { ...record, personFields: diff.personFields, updatedAt: ctx.now };
  if (diff.adoptChecklist)
    record = { ...record, written: { ...record.written, checklist: diff.adoptChecklist } };
  // Reopened on a card no write goes to (a person moved it): the state alone learns it.
  if (reopenedItem(known) && diff.fields.length === 0 && !known.reopen) {
    record = { ...record, doneIn: null, updatedAt: ctx.now };
    events.push('reopened');
  }
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
    !reopen && diff.fields.length === 1 && diff.fields[0] === 'sources' && sourcesAdded.length > 0;
  const reopened = reopenedItem(known);
  const next: CardRecord = {
    ...record,
    kind: want.kind,
    title: want.name,
    written: { ...diff.written, checklist: record.written.checklist },
    sources: diff.fields.includes('sources') ? [...want.sources] : record.sources,
    tombstone: null,
    archivedBySync: false,
    vanishedNoticeAt: null,
    doneIn: want.status === 'open' ? null : record.doneIn,
    updatedAt: ctx.now,
  };
  const why = reopen
    ? 'reopened: the item is back in a report'
    : known.events.includes('adopt-foreign')
      ? `taken over from another install (--adopt-foreign): ${diff.fields.join(', ')} written as this install's`
      : updateWhy(diff.fields, sourcesAdded.length, sourcesOnly, want, reopened);
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
      reopened,
      record: next,
      why,
    },
  ];
}

function checklistSteps(ctx: ItemContext, known: KnownCard, diff: CardDiff): PlannedAction[] {
  const { show, card } = known;
  const { create, append, states } = diff.checklist;
  const actions: PlannedAction[] = [];
  if (create) {
    const name = ctx.settings.checklistName;
    const why = 'the card has no checklist yet';
    actions.push({ type: 'add-checklist', ...show, cardId: card.id, name, items: create, why });
  }
  if (append) {
    const count = `${append.items.length} checklist item${append.items.length === 1 ? '' : 's'}`;
    actions.push({ type: 'add-check-items', ...show, cardId: card.id, ...append, why: `${count} to add` });
  }
  if (states.length > 0) actions.push(checkItemsAction(show, card.id, states));
  return actions;
}

/** The `Done in …` comment, once per report the item is done in; a card a person moved gets it too. */
function doneNotice({ show, card, want, record }: KnownCard): PlannedAction[] {
  if (!want.doneIn || record.doneIn === want.doneIn.reportId) return [];
  const { reportId, text } = want.doneIn;
  const why = 'done in the newest report';
  return [{ type: 'comment', ...show, cardId: card.id, text, note: { doneIn: reportId }, why }];
}

/** Sets the state of check items of report-sync's checklist, as the newest report has them. */
export function checkItemsAction(show: Shown, cardId: string | null, items: CheckItemState[]): PlannedAction {
  const checked = items.filter((i) => i.complete).length;
  const parts = [
    checked > 0 ? `${checked} to check` : '',
    items.length > checked ? `${items.length - checked} to uncheck` : '',
  ];
  const why = `checklist items ${parts.filter(Boolean).join(', ')}, as the newest report has them`;
  return { type: 'check-items', ...show, cardId, items, why };
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
  if (events.includes('adopt-foreign')) parts.push("another install's card, taken over (--adopt-foreign)");
  if (events.includes('restored')) parts.push('a person reopened the card');
  if (events.includes('reopened'))
    parts.push('open again in the newest report (the card stays where a person put it)');
  if (person.length > 0) parts.push(`a person changed ${person.join(', ')}`);
  if (checklist) parts.push('its checklist found on the card');
  return parts.join('; ') || 'fields a person had changed are back to what report-sync wrote';
}

function updateWhy(
  fields: readonly CardField[],
  sourcesAdded: number,
  sourcesOnly: boolean,
  want: CardContent,
  reopened: boolean,
): string {
  if (sourcesOnly) return `${sourcesAdded} new source${sourcesAdded === 1 ? '' : 's'}`;
  const status = reopened ? 'open again in the newest report; ' : want.status === 'done' ? 'done; ' : '';
  return `${status}changed in the reports: ${fields.join(', ')}`;
}
