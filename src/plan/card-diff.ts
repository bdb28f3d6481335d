/**
 * People own the board: compares a card on the board with what report-sync
 * last wrote to it and with what it wants now, field by field through the
 * card-field table. A field whose board value is no longer what was written
 * was changed by a person and is left alone; any other field is updated when
 * the wanted value moved on. Pure.
 */
import type { CardField, CardRecord, WrittenChecklist, WrittenFields } from '../state/sync-state.ts';
import type { TrelloCard, TrelloChecklist } from '../trello/types.ts';
import { CARD_FIELDS, type OwnedField, plannedIds } from './card-fields.ts';
import { changedOnBoard } from './card-values.ts';
import { type ChecklistStep, diffChecklist } from './checklist.ts';
import type { CardContent } from './types.ts';

export interface CardDiff {
  /** Fields to update. */
  fields: OwnedField[];
  /** Fields a person changed (left alone). */
  personFields: CardField[];
  /** `written` once `fields` are updated (ids of lists and labels created this run are filled in later). */
  written: WrittenFields;
  checklist: ChecklistStep;
  /** Our checklist found on the card where the state is behind (see ChecklistDiff.adopt). */
  adoptChecklist: WrittenChecklist | null;
}

export function diffCard(
  record: CardRecord,
  card: TrelloCard,
  checklists: readonly TrelloChecklist[],
  want: CardContent,
  checklistName: string,
): CardDiff {
  const was = record.written;
  const fields: OwnedField[] = [];
  const personFields: CardField[] = [];
  let written: WrittenFields = { ...was };
  for (const field of CARD_FIELDS) {
    if (changedOnBoard(field, card, was)) personFields.push(field.name);
    else if (field.outdated(want, was)) {
      fields.push(field.name);
      written = { ...written, ...field.record(want, plannedIds) };
    }
  }

  const onCard = checklists.filter((c) => c.idCard === card.id);
  const checklist = diffChecklist(was.checklist, onCard, want.checklist, checklistName);
  if (checklist === 'person') {
    personFields.push('checklist');
    return { fields, personFields, written, checklist: { step: 'none' }, adoptChecklist: null };
  }
  if (checklist.adopt) written.checklist = checklist.adopt;
  return { fields, personFields, written, checklist: checklist.step, adoptChecklist: checklist.adopt };
}
