import { distinctWarnings } from "../warnings.js";
import { boardView } from "./board.js";
import { boardSetup } from "./board-setup.js";
import { desiredCard } from "./desired.js";
import { planItem } from "./item.js";
import { planLeftoverIntents } from "./leftovers.js";
import { collectOccurrences } from "./occurrences.js";
import { unresolvedOwners } from "./owners.js";
import { conflictActions, detectRewords } from "./reword.js";
import { planVanished } from "./vanished.js";
/** Order of application: lists and labels first, state-only records, then writes, then notes. */
export const ACTION_PHASES = {
    'ensure-list': 0,
    'ensure-label': 0,
    record: 1,
    forget: 1,
    create: 2,
    update: 3,
    'add-checklist': 4,
    'add-check-items': 4,
    'check-items': 5,
    comment: 6,
    archive: 6,
    skip: 7,
    conflict: 7,
};
export function planSync(input) {
    const { state, snapshot, settings, now } = input;
    const settingsChanged = state.settingsHash !== null && state.settingsHash !== input.settingsHash;
    const setup = boardSetup(snapshot, settings, state.cards, settingsChanged);
    const board = boardView(snapshot);
    const known = formerKeys(state.cards);
    const rewords = detectRewords({
        reports: input.reports,
        previous: state.reports,
        occurrences: collectOccurrences(input.reports, known),
        cards: state.cards,
        board,
        aliases: known,
    });
    // A reworded item's old text, still in older reports, is the item too.
    const occurrences = collectOccurrences(input.reports, withRewords(known, rewords.pairs));
    const currentKeys = new Set(occurrences.keys());
    const ctx = { board, settings, now };
    const owners = [...occurrences.values()].flatMap((o) => o.item.owners);
    const actions = [];
    const warnings = [];
    let unchanged = 0;
    for (const item of occurrences.values()) {
        if (rewords.held.has(item.key))
            continue;
        const replaces = rewords.pairs.get(item.key);
        const desired = desiredCard(item, setup, settings);
        warnings.push(...desired.warnings);
        const plan = planItem(ctx, item.key, desired.card, state.cards[replaces ?? item.key], replaces);
        actions.push(...plan.actions);
        if (plan.unchanged)
            unchanged++;
    }
    actions.push(...conflictActions(rewords.conflicts));
    const changed = input.reports.filter((r) => r.status === 'changed');
    const waiting = rewords.conflicts.flatMap((c) => [...c.gone, ...c.added].map((i) => i.key));
    actions.push(...planVanished({
        cards: state.cards,
        board,
        previous: state.reports,
        rereadReports: [...changed.map((r) => r.id), ...input.removedReports],
        currentKeys,
        excluded: new Set([...rewords.pairs.values(), ...waiting]),
        settings,
    }), ...planLeftoverIntents(state.cards, currentKeys, ctx));
    for (const card of board.marked.duplicates()) {
        warnings.push({
            code: 'duplicate-marker',
            message: `card ${card.url} carries the marker of another card; it is left alone`,
        });
    }
    const conflictReports = new Set(rewords.conflicts.map((c) => c.report));
    return {
        board: { ref: input.boardRef, id: snapshot.board.id, name: snapshot.board.name, url: snapshot.board.url },
        settingsHash: input.settingsHash,
        checklistName: settings.checklistName,
        actions: [...setup.actions(actions), ...actions].sort((a, b) => ACTION_PHASES[a.type] - ACTION_PHASES[b.type]),
        reports: changed.filter((r) => !conflictReports.has(r.id)).map((r) => ({ id: r.id, record: r.record })),
        // Reports of sources no longer configured leave the state too, but are not reread: none of their items vanish.
        forgetReports: [...new Set([...input.removedReports, ...input.forgottenReports])],
        unchanged,
        warnings: distinctWarnings(warnings),
        unresolvedOwners: unresolvedOwners(owners, setup.memberId),
        plannedAt: now,
    };
}
/** Former key -> the key of the record that has it. */
function formerKeys(cards) {
    const aliases = new Map();
    for (const [key, record] of Object.entries(cards))
        for (const former of record.formerKeys)
            aliases.set(former, key);
    return aliases;
}
/** The aliases once this run's rewords are made: an old key, and its own former keys, point at the new key. */
function withRewords(aliases, pairs) {
    const next = new Map(aliases);
    for (const [now, old] of pairs) {
        next.set(old, now);
        for (const [former, key] of aliases)
            if (key === old)
                next.set(former, now);
    }
    return next;
}
//# sourceMappingURL=index.js.map