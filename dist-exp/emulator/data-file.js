import { ReportSyncError } from "../errors.js";
import { DATA_FILE_VERSION, storeDataSchema } from "./model.js";
/**
 * The emulator's data file, checked record by record (against the schemas in
 * model.ts) before any of it is used: a hand-edited or foreign file is refused
 * at start with the field at fault, instead of failing later as a 500 on some
 * request.
 */
/** Issues listed in the message; the rest are counted. */
const SHOWN_ISSUES = 5;
/** Parses a data file's text, or throws an error that names the file, what is wrong, and the way out. */
export function parseStoreData(text, file) {
    const fix = `move it away (e.g. \`mv ${file} ${file}.bad\`) and the emulator starts fresh with an empty store`;
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new ReportSyncError(`emulator data file ${file} is not valid JSON (${reason}); ${fix}`, {
            cause: error,
        });
    }
    const version = versionOf(parsed);
    if (version === undefined) {
        throw new ReportSyncError(`emulator data file ${file} has no "version" field, so it was not written by the emulator; ${fix}`);
    }
    if (version !== DATA_FILE_VERSION) {
        throw new ReportSyncError(`emulator data file ${file} is format version ${JSON.stringify(version)}, but this emulator reads version ${DATA_FILE_VERSION} only; use the report-sync that wrote it, or ${fix}`);
    }
    const result = storeDataSchema.safeParse(parsed);
    if (!result.success) {
        const { issues } = result.error;
        const shown = issues.slice(0, SHOWN_ISSUES).map((i) => `${issuePath(i.path)}: ${i.message}`);
        const more = issues.length > SHOWN_ISSUES ? `; and ${issues.length - SHOWN_ISSUES} more` : '';
        throw new ReportSyncError(`emulator data file ${file} does not hold valid emulator data: ${shown.join('; ')}${more}. It was changed by hand or by another program; ${fix}`);
    }
    return result.data;
}
function versionOf(parsed) {
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        return undefined;
    return parsed['version'];
}
/** `["cards", 0, "closed"]` → `cards[0].closed`. */
function issuePath(path) {
    if (path.length === 0)
        return '(top level)';
    return path
        .map((part, index) => typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`)
        .join('');
}
//# sourceMappingURL=data-file.js.map