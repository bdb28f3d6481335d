/**
 * How much of a report's structure is read: enough for any report a team
 * writes, bounded so that a pathological file costs little and says where it
 * went wrong.
 */
import { ParseLimitExceeded } from "./budget.js";
/** Body rows of one table that are read; a longer table is an export, not a list of tasks. */
export const MAX_TABLE_ROWS = 1000;
/** Lists nested deeper than this are read as one level (plain text) or as literal text (RST). */
export const MAX_NESTING = 50;
export function tableRowsWarning(tableLine, firstDroppedLine) {
    return {
        code: 'table-too-long',
        line: firstDroppedLine,
        message: `the table at line ${tableLine} has more than ${MAX_TABLE_ROWS} rows; rows from this line on are not read`,
        fix: `keep tasks in tables of at most ${MAX_TABLE_ROWS} rows, or split the table`,
    };
}
/** Deeper than any parser builds: an outline from elsewhere is refused rather than overflow the stack of the walk. */
export function tooDeepToWalk(line) {
    return new ParseLimitExceeded('nesting-too-deep', line, `sections or lists are nested more than ${MAX_NESTING} levels deep here; the report is not read`, 'nest sections and lists less deeply');
}
export function nestingWarning(line) {
    return {
        code: 'nesting-too-deep',
        line,
        message: `lists are nested more than ${MAX_NESTING} levels deep here; deeper items are read as part of the level above`,
        fix: 'indent the lists less deeply',
    };
}
//# sourceMappingURL=limits.js.map