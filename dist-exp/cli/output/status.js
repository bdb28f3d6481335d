import { countsLine } from "./counts.js";
export function syncStatus(state, lastRun) {
    const records = Object.values(state.cards);
    const items = new Set(Object.values(state.reports).flatMap((r) => r.items.map((i) => i.key)));
    return {
        board: state.board,
        reports: Object.keys(state.reports).length,
        items: items.size,
        cards: records.filter((r) => r.cardId !== null && r.tombstone === null).length,
        tombstones: {
            archived: records.filter((r) => r.tombstone?.reason === 'archived').length,
            deleted: records.filter((r) => r.tombstone?.reason === 'deleted').length,
        },
        pendingCreates: records.filter((r) => r.cardId === null).length,
        personChanged: records.filter((r) => r.personFields.length > 0).length,
        unresolvedOwners: state.unresolvedOwners,
        lastRun,
    };
}
export function formatStatus(status, stateFile) {
    if (!status.board)
        return `No sync yet (state file ${stateFile} does not exist or is empty).\n`;
    const run = status.lastRun;
    const lines = [
        `Board:        ${status.board.name} (${status.board.url})`,
        `Reports:      ${status.reports}`,
        `Items:        ${status.items}`,
        `Cards:        ${status.cards}${status.personChanged > 0 ? ` (${status.personChanged} with fields changed by a person, left alone)` : ''}`,
        `Tombstones:   ${status.tombstones.archived} archived, ${status.tombstones.deleted} deleted by a person (sync --revive brings them back)`,
        ...(status.pendingCreates > 0
            ? [`Pending:      ${status.pendingCreates} create(s) to confirm on the next sync`]
            : []),
        ...(status.unresolvedOwners.length > 0
            ? [
                `Owners:       ${status.unresolvedOwners.length} not on the board: ${ownersList(status.unresolvedOwners)}`,
            ]
            : []),
        run ? `Last run:     ${run.at}: ${countsLine(run)}` : 'Last run:     none recorded',
        `State file:   ${stateFile}`,
    ];
    return `${lines.join('\n')}\n`;
}
/** `"Kari", "@bob" (map them under "people", or add them to the board)`. */
function ownersList(owners) {
    return `${owners.map((o) => `"${o}"`).join(', ')} (map them under "people" in the config, or add them to the board)`;
}
//# sourceMappingURL=status.js.map