/** Read and parse one report file: the edge that gives the pure parse layer its text and its clock. */
import { parseReport } from "../parse/index.js";
import { readReportBytes } from "./read.js";
export async function parseReportFile(path, options = {}) {
    return parseReadFile(path, await readReportBytes(path, options), options);
}
/** Parses a file already read (and hashed), so that a caller which compared its hash reads it only once. */
export function parseReadFile(path, read, options = {}) {
    if ('skipped' in read)
        return skipped(path, read.skipped);
    const text = read.text();
    if ('skipped' in text)
        return skipped(path, text.skipped);
    const parsed = parseReport(text.text, {
        path,
        now: options.now ?? (() => performance.now()),
        ...(options.format ? { format: options.format } : {}),
        ...(options.rules ? { rules: options.rules } : {}),
        ...(options.timeBudgetMs === undefined ? {} : { timeBudgetMs: options.timeBudgetMs }),
    });
    const warnings = [...text.warnings, ...parsed.warnings].map((w) => ({ path, ...w }));
    return { path, outline: parsed.outline, contentHash: read.hash, warnings };
}
function skipped(path, why) {
    return { path, outline: null, contentHash: null, warnings: [{ path, message: `skipped: ${why}` }] };
}
//# sourceMappingURL=parse-file.js.map