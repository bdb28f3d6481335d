/**
 * People own the board: compares a card on the board with what report-sync
 * last wrote to it and with what it wants now. A field whose board value is no
 * longer what was written was changed by a person and is left alone; any other
 * field is updated when the wanted value moved on. Pure.
 */
import type { CardField, CardRecord, WrittenChecklist, WrittenFields } from '../state/sync-state.ts';
import type { TrelloCard, TrelloChecklist } from '../trello/types.ts';
import { descHash } from './hash.ts';
import type { CardContent, CardUpdate } from './types.ts';

export type ChecklistStep =
  | { step: 'none' }
  | { step: 'add'; items: string[] }
  /** Items to add at the end of the existing checklist (the report's list grew, or a crash cut it short). */
  | { step: 'append'; checklistId: string; items: string[] }
  /** The report's checklist changed other than by growing: existing check items are not edited. */
  | { step: 'not-editable' };

export interface CardDiff {
  changes: CardUpdate;
  /** Fields updated by `changes`. */
  fields: CardField[];
  /** Fields a person changed (left alone). */
  personFields: CardField[];
  /** `written` once `changes` are applied (list/label ids of lists created this run are filled in later). */
  written: WrittenFields;
  checklist: ChecklistStep;
  /**
   * Our checklist as found on the card where the state is behind: not recorded (a crash between its
   * creation and the checkpoint), or with more of the wanted items than recorded (an append cut short).
   */
  adoptChecklist: WrittenChecklist | null;
}

export const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().every((v, i) => v === [...b].sort()[i]);

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);

export function diffCard(
  record: CardRecord,
  card: TrelloCard,
  checklists: readonly TrelloChecklist[],
  want: CardContent,
  checklistName: string,
): CardDiff {
  const was = record.written;
  const changes: CardUpdate = {};
  const fields: CardField[] = [];
  const personFields: CardField[] = [];
  const written: WrittenFields = { ...was };

  const field = (name: CardField, personChanged: boolean, wanted: boolean, apply: () => void) => {
    if (personChanged) personFields.push(name);
    else if (wanted) {
      fields.push(name);
      apply();
    }
  };

  field('name', card.name !== was.name, want.name !== was.name, () => {
    changes.name = written.name = want.name;
  });
  field('desc', descHash(card.desc) !== was.descHash, want.descShape !== was.descShape, () => {
    changes.desc = want.desc;
    written.descHash = descHash(want.desc);
    written.descShape = want.descShape;
  });
  field('idList', card.idList !== was.idList, want.list.id !== was.idList, () => {
    changes.list = want.list;
    written.idList = want.list.id ?? '';
  });
  const wantLabels = want.labels.map((l) => l.id ?? `?${l.name}`);
  field('idLabels', !sameSet(card.idLabels, was.idLabels), !sameSet(wantLabels, was.idLabels), () => {
    changes.labels = want.labels;
    written.idLabels = [...wantLabels].sort();
  });
  field('idMembers', !sameSet(card.idMembers, was.idMembers), !sameSet(want.idMembers, was.idMembers), () => {
    changes.idMembers = want.idMembers;
    written.idMembers = [...want.idMembers].sort();
  });

  const onCard = checklists.filter((c) => c.idCard === card.id);
  const checklist = checklistStep(was.checklist, onCard, want.checklist, checklistName);
  if (checklist === 'person') personFields.push('checklist');
  const adoptChecklist = checklist === 'person' ? null : checklist.adopt;
  if (adoptChecklist) written.checklist = adoptChecklist;
  return {
    changes,
    fields,
    personFields,
    written,
    checklist: checklist === 'person' ? { step: 'none' } : checklist.step,
    adoptChecklist,
  };
}

function checklistStep(
  was: WrittenChecklist | null,
  onCard: readonly TrelloChecklist[],
  want: readonly string[],
  checklistName: string,
): { step: ChecklistStep; adopt: WrittenChecklist | null } | 'person' {
  if (was === null) {
    const ours = onCard.find((c) => c.name === checklistName);
    if (!ours)
      return { step: want.length > 0 ? { step: 'add', items: [...want] } : { step: 'none' }, adopt: null };
    const adopt = toWritten(ours);
    return { step: growth(adopt, want), adopt };
  }
  const current = onCard.find((c) => c.id === was.id);
  const items = current?.checkItems.map((i) => i.name);
  if (!items) return 'person';
  if (sameList(items, was.items)) return { step: growth(was, want), adopt: null };
  // More than recorded, along the wanted list: an append a crash or a lost answer cut short, not a person.
  if (startsWith(items, was.items) && startsWith(want, items)) {
    const adopt = { ...was, items };
    return { step: growth(adopt, want), adopt };
  }
  return 'person';
}

const startsWith = (list: readonly string[], prefix: readonly string[]) =>
  prefix.length <= list.length && prefix.every((v, i) => v === list[i]);

/** From the items a checklist has to the items wanted: nothing, some appended, or a change not made. */
function growth(have: WrittenChecklist, want: readonly string[]): ChecklistStep {
  if (sameList(want, have.items)) return { step: 'none' };
  return startsWith(want, have.items)
    ? { step: 'append', checklistId: have.id, items: want.slice(have.items.length) }
    : { step: 'not-editable' };
}

export function toWritten(checklist: TrelloChecklist): WrittenChecklist {
  return { id: checklist.id, name: checklist.name, items: checklist.checkItems.map((i) => i.name) };
}
