import { adoptRecord } from "./adopt.js";
import { diffChecklist } from "./checklist.js";
import { checkItemsAction, planKnownCard } from "./known-card.js";
function classifyCard(ctx, key, want, known) {
    const { board, settings } = ctx;
    const events = [];
    let record = known;
    let card = board.card(record?.cardId ?? null);
    if (record?.tombstone) {
        if (card && !board.isArchived(card)) {
            record = { ...record, tombstone: null, updatedAt: ctx.now };
            events.push('restored');
        }
        else if (!settings.revive)
            return { case: 'tombstoned', record, tombstone: record.tombstone };
        else if (!card)
            return { case: 'no-card', why: 'revived (--revive): the card was deleted' };
    }
    if (!record || record.cardId === null) {
        const marked = board.marked.get(key);
        if (!marked) {
            const why = record ? 'an earlier create did not finish; no card carries its marker' : 'new item';
            return record ? { case: 'no-card', why, intent: record } : { case: 'no-card', why };
        }
        record = adoptRecord(marked, want, record, ctx.now);
        card = marked;
        events.push('adopt');
    }
    if (!card) {
        return settings.revive
            ? { case: 'no-card', why: 'revived (--revive): the card was deleted' }
            : { case: 'deleted', record };
    }
    // Only a card report-sync archived itself is reopened without --revive; never one in an archived list.
    const archived = board.isArchived(card);
    const reopen = archived &&
        (settings.revive || (!board.inClosedList(card) && (record.archivedBySync || record.tombstone !== null)));
    if (archived && !reopen)
        return { case: 'archived', record, card };
    return { case: 'known', record, card, events, reopen };
}
export function planItem(ctx, key, want, known, replaces) {
    const show = { key, title: want.name, list: want.list.name };
    // A reworded item's record keeps the old text's key among its former keys.
    const record = replaces && known ? { ...known, formerKeys: [...new Set([...known.formerKeys, replaces])] } : known;
    const plan = planCase(ctx, show, want, classifyCard(ctx, key, want, record));
    if (!replaces || !record)
        return plan;
    // The record moves to the new key first, whatever happens to the card next.
    const why = 'the item was reworded in a report: its card follows the new text';
    const rekey = {
        type: 'record',
        ...show,
        cardId: record.cardId,
        record,
        event: 'rekey',
        why,
        replaces,
    };
    return { ...plan, actions: [rekey, ...plan.actions] };
}
function planCase(ctx, show, want, found) {
    switch (found.case) {
        case 'no-card':
            return planCreate(ctx, show, want, found.why, found.intent);
        case 'tombstoned':
            return planTombstoned(show, found.record, found.tombstone);
        case 'deleted':
            return tombstone(ctx, show, found.record, 'deleted', null);
        case 'archived':
            return tombstone(ctx, show, found.record, 'archived', found.card);
        case 'known':
            return planKnownCard(ctx, { show, want, ...found });
    }
}
function planCreate(ctx, show, want, why, intent) {
    if (want.status === 'done')
        return doneWithoutCard(show, want, intent);
    const actions = [{ type: 'create', ...show, card: want, why }];
    const steps = diffChecklist(null, [], want.checklist, ctx.settings.checklistName);
    if (steps !== 'person' && steps.create) {
        actions.push({
            type: 'add-checklist',
            ...show,
            cardId: null,
            name: ctx.settings.checklistName,
            items: steps.create,
            why: 'checklist of the new card',
        });
        if (steps.states.length > 0)
            actions.push(checkItemsAction(show, null, steps.states));
    }
    return { actions, unchanged: false };
}
/** Done before it ever had a card: none is made. An intent left by an unfinished create is let go. */
function doneWithoutCard(show, want, intent) {
    const where = want.doneIn ? ` (${want.doneIn.text.replace(/^Done in /, '')})` : '';
    const why = `done in the newest report${where} before it had a card: no card is made`;
    const actions = [
        { type: 'skip', ...show, cardId: null, reason: 'done-without-card', why },
    ];
    if (intent)
        actions.unshift({
            type: 'forget',
            ...show,
            why: 'an earlier create did not finish; the item is done now',
        });
    return { actions, unchanged: false };
}
function planTombstoned(show, record, { reason, at }) {
    const why = `a person ${reason} this card on ${at.slice(0, 10)}; run with --revive to bring it back`;
    return {
        actions: [{ type: 'skip', ...show, cardId: record.cardId, reason: 'tombstone', why }],
        unchanged: false,
    };
}
/** A person deleted or archived the card: remembered, so that it is never re-created or reopened. */
function tombstone(ctx, show, record, reason, card) {
    const why = reason === 'deleted'
        ? 'a person deleted the card: it will not be re-created'
        : card && ctx.board.inClosedList(card)
            ? 'a person archived the list the card is in: it will not be moved out or reopened'
            : 'a person archived the card: it will not be reopened';
    const tomb = { ...record, tombstone: { reason, at: ctx.now }, updatedAt: ctx.now };
    return {
        actions: [
            { type: 'record', ...show, cardId: card?.id ?? record.cardId, record: tomb, event: 'tombstone', why },
        ],
        unchanged: false,
    };
}
//# sourceMappingURL=item.js.map