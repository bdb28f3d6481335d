/**
 * People own the board: compares a card on the board with what report-sync
 * last wrote to it and with what it wants now, field by field through the
 * card-field table. A field whose board value is no longer what was written
 * was changed by a person and is left alone (with the fields it holds, see
 * `heldBy`); any other field is updated when the wanted value moved on. Pure.
 */
import type { CardField, CardRecord, WrittenChecklist, WrittenFields } from '../state/sync-state.ts';
import type { TrelloCard, TrelloChecklist } from '../trello/types.ts';
import { CARD_FIELDS, type OwnedField, plannedIds } from './card-fields.ts';
import { withDescParts } from './description.ts';
import { changedFields, leftAlone } from './card-values.ts';
import { type ChecklistSteps, diffChecklist, NO_CHECKLIST_STEPS } from './checklist.ts';
import type { CardContent } from './types.ts';

export interface CardDiff {
  /** Fields to update. */
  fields: OwnedField[];
  /** Fields a person changed (left alone). */
  personFields: CardField[];
  /** `written` once `fields` are updated (ids of lists and labels created this run are filled in later). */
  written: WrittenFields;
  checklist: ChecklistSteps;
  /** Our checklist found on the card where the state is behind (see ChecklistSteps.adopt). */
  adoptChecklist: WrittenChecklist | null;
}

export function diffCard(
  record: CardRecord,
  card: TrelloCard,
  /** The card's own checklists. */
  checklists: readonly TrelloChecklist[],
  want: CardContent,
  checklistName: string,
): CardDiff {
  const was = withDescParts(record.written, card);
  const changed = changedFields(card, was);
  const people = leftAlone(changed);
  const fields: OwnedField[] = [];
  let written: WrittenFields = { ...was };
  for (const field of CARD_FIELDS) {
    if (people.includes(field.name) || !field.outdated(want, was)) continue;
    fields.push(field.name);
    written = { ...written, ...field.record(want, plannedIds) };
  }
  const personFields: CardField[] = [...changed];

  const checklist = diffChecklist(was.checklist, checklists, want.checklist, checklistName);
  if (checklist === 'person') {
    personFields.push('checklist');
    return { fields, personFields, written, checklist: NO_CHECKLIST_STEPS, adoptChecklist: null };
  }
  if (checklist.adopt) written.checklist = checklist.adopt;
  return { fields, personFields, written, checklist, adoptChecklist: checklist.adopt };
}
