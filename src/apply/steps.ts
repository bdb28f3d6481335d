/**
 * One step per kind of planned action: the Trello write, then the state
 * change it implies, checkpointed before the next write. Every write records
 * its intent first: a create, so that a crash or a lost answer never leads to
 * a second card; an update, reopen or archive, so that a save that fails after
 * it does not make report-sync's own write read as a person's (plan/pending.ts);
 * a comment, so that it is never posted twice.
 */
import { type CardRecord, newCardRecord } from '../state/sync-state.ts';
import { OutcomeUnknownError } from '../trello/errors.ts';
import { withDescParts } from '../plan/description.ts';
import { newCardRequest, takenSince, updateRequest, writtenCard } from '../plan/card-values.ts';
import { CardMarker } from '../plan/marker.ts';
import type { PlannedAction } from '../plan/types.ts';
import { type ApplyContext, appliedIds, leaveToPeople, recordOf } from './context.ts';
import { appendCheckItems, createChecklist, setCheckItems } from './check-items.ts';
import { pendingWrite, writeIntended } from './intent.ts';
import { writeOnce } from './reconcile.ts';

type Action<T extends PlannedAction['type']> = Extract<PlannedAction, { type: T }>;

export async function ensureList(ctx: ApplyContext, action: Action<'ensure-list'>): Promise<void> {
  const list = await writeOnce(
    ctx,
    `create list ${action.name}`,
    () => ctx.gateway.createList(ctx.boardId, action.name),
    (snap) => snap.lists.find((l) => !l.closed && l.name === action.name),
  );
  ctx.created.lists.set(action.name, list.id);
}

export async function ensureLabel(ctx: ApplyContext, action: Action<'ensure-label'>): Promise<void> {
  const label = await writeOnce(
    ctx,
    `create label ${action.name}`,
    () => ctx.gateway.createLabel(ctx.boardId, action.name, action.color),
    (snap) => snap.labels.find((l) => l.name === action.name),
  );
  ctx.created.labels.set(action.name, label.id);
}

export async function createCard(ctx: ApplyContext, action: Action<'create'>): Promise<void> {
  const { card } = action;
  const ids = appliedIds(ctx);
  const written = writtenCard(card, ids);
  const intent = newCardRecord(
    { cardId: null, kind: card.kind, title: card.name, written, sources: [...card.sources] },
    ctx.now(),
  );
  ctx.state.cards[action.key] = intent;
  await ctx.save();
  // The card this create made carries its marker: this item's, written by this install.
  const marker = CardMarker.parse(card.desc);
  const created = await writeOnce(
    ctx,
    `create card ${action.key}`,
    () => ctx.gateway.createCard(newCardRequest(card, ids)),
    (snap) => snap.cards.find((c) => marker?.equals(CardMarker.parse(c.desc))),
  );
  ctx.state.cards[action.key] = { ...intent, cardId: created.id };
  await ctx.save();
}

/**
 * Writes the fields the plan names, to the card as it is now: a field a
 * person changed since the plan (and the fields it holds) is left, and said.
 */
export async function updateCard(ctx: ApplyContext, action: Action<'update'>): Promise<void> {
  const fresh = await ctx.reader.card(action.cardId);
  const before = recordOf(ctx, action.key);
  if (fresh === null) {
    leaveToPeople(ctx, { key: action.key, title: action.title, fields: ['card (deleted since the plan)'] });
    return;
  }
  const was = withDescParts(before.written, fresh);
  const taken = takenSince(action.fields, fresh, was);
  const fields = action.fields.filter((field) => !taken.includes(field));
  if (taken.length > 0) leaveToPeople(ctx, { key: action.key, title: action.title, fields: taken });
  const { request, written, byField } = updateRequest(action.card, fields, appliedIds(ctx), fresh);
  const record = structuredClone(action.record);
  // Keep what an earlier step of this run learnt (a checklist adopted or added).
  const next: CardRecord = {
    ...record,
    written: { ...was, ...written, checklist: before.written.checklist },
    sources: fields.includes('sources') ? record.sources : before.sources,
    personFields: [...new Set([...record.personFields, ...taken])],
  };
  if (fields.length > 0 || action.reopen) {
    // `was`: the description's parts as the card has them, for a record made before it had parts.
    const intent = {
      ...before,
      written: was,
      pending: pendingWrite(next, { fields: byField, ...(action.reopen ? { closed: false } : {}) }),
    };
    await writeIntended(ctx, action.key, intent, before, () =>
      ctx.gateway.updateCard(action.cardId, action.reopen ? { ...request, closed: false } : request),
    );
  }
  ctx.state.cards[action.key] = next;
  await ctx.save();
}

export async function addChecklist(ctx: ApplyContext, action: Action<'add-checklist'>): Promise<void> {
  const cardId = action.cardId ?? recordOf(ctx, action.key).cardId;
  if (!cardId)
    throw new Error(`the card for item ${action.key} was not created, so its checklist cannot be added`);
  await createChecklist(ctx, action.key, cardId, action.name, action.items);
}

export async function addCheckItems(ctx: ApplyContext, action: Action<'add-check-items'>): Promise<void> {
  const have = recordOf(ctx, action.key).written.checklist;
  if (have?.id !== action.checklistId)
    throw new Error(`no recorded checklist ${action.checklistId} for item ${action.key}`);
  await appendCheckItems(ctx, action.key, have, [...have.items, ...action.items]);
}

export async function checkItems(ctx: ApplyContext, action: Action<'check-items'>): Promise<void> {
  const cardId = action.cardId ?? recordOf(ctx, action.key).cardId;
  if (!cardId)
    throw new Error(`the card for item ${action.key} was not created, so its checklist cannot be set`);
  await setCheckItems(ctx, action.key, action.title, cardId, action.items);
}

/**
 * Recorded as posted before it is posted: comments cannot be looked up by
 * marker, so an unknown outcome counts as posted rather than risk posting
 * twice. One refused is recorded as not posted again, for the next run.
 */
export async function comment(ctx: ApplyContext, action: Action<'comment'>): Promise<void> {
  const record = recordOf(ctx, action.key);
  const noted = action.note === 'vanished' ? { vanishedNoticeAt: ctx.now() } : { doneIn: action.note.doneIn };
  ctx.state.cards[action.key] = { ...record, ...noted, updatedAt: ctx.now() };
  await ctx.save();
  try {
    await ctx.gateway.addComment(action.cardId, action.text);
  } catch (error) {
    if (error instanceof OutcomeUnknownError) return;
    ctx.state.cards[action.key] = record;
    await ctx.save();
    throw error;
  }
}

export async function archive(ctx: ApplyContext, action: Action<'archive'>): Promise<void> {
  const record = recordOf(ctx, action.key);
  const next: CardRecord = { ...record, archivedBySync: true, updatedAt: ctx.now() };
  const intent = { ...record, pending: pendingWrite(next, { closed: true }) };
  await writeIntended(ctx, action.key, intent, record, () =>
    ctx.gateway.updateCard(action.cardId, { closed: true }),
  );
  ctx.state.cards[action.key] = next;
  await ctx.save();
}

/** State only: adopt, tombstone, rekey, person-changed. Saved with the next write. */
export function record(ctx: ApplyContext, action: Action<'record'>): void {
  if (action.replaces) forgetCard(ctx, action.replaces);
  ctx.state.cards[action.key] = structuredClone(action.record);
}

/** State only: the record of an item is dropped. Saved with the next write. */
export function forget(ctx: ApplyContext, action: Action<'forget'>): void {
  forgetCard(ctx, action.key);
}

function forgetCard(ctx: ApplyContext, key: string): void {
  ctx.state.cards = Object.fromEntries(Object.entries(ctx.state.cards).filter(([k]) => k !== key));
}
