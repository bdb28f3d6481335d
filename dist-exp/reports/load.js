/**
 * The edge from sources to items: discover -> read -> parse -> extract, one
 * report at a time. A file that cannot be used is a warning naming it; the
 * others still load.
 */
import { extractReport } from "../extract/index.js";
import { TimeBudget } from "../parse/budget.js";
import { DEFAULT_TIME_BUDGET_MS, limitWarning } from "../parse/index.js";
import { discoverReports } from "./discover.js";
import { parseReadFile } from "./parse-file.js";
import { readReportBytes } from "./read.js";
/** Loads every report the patterns (files, directories, globs, relative to `cwd`) name. */
export async function loadReports(patterns, options) {
    const discovery = await discoverReports(patterns, options.cwd);
    const result = { reports: [], warnings: [...discovery.warnings] };
    for (const path of discovery.files) {
        const { report, warnings } = await loadReport(path, options);
        if (report)
            result.reports.push(report);
        else
            result.warnings.push(...warnings);
    }
    options.logger?.debug({ reports: result.reports.length, skipped: discovery.files.length - result.reports.length }, 'reports loaded');
    return result;
}
/** Loads one report file. Never throws for a bad file: it comes back as `report: null` with a warning. */
export async function loadReport(path, options) {
    return loadReadReport(path, await readReportBytes(path, options), options);
}
/** Loads a report file already read (and hashed): its text is decoded, parsed and extracted. */
export function loadReadReport(path, read, options) {
    const parsed = parseReadFile(path, read, options);
    const { outline, contentHash } = parsed;
    if (!outline || contentHash === null)
        return { report: null, warnings: parsed.warnings };
    const extracted = extract(path, outline, options);
    if ('skipped' in extracted)
        return { report: null, warnings: [...parsed.warnings, extracted.skipped] };
    const warnings = [...parsed.warnings, ...extracted.warnings.map((w) => ({ path, ...w }))];
    const report = {
        path,
        format: outline.format,
        title: outline.title,
        metadata: outline.metadata,
        items: extracted.items,
        warnings: warnings.map(({ path: _path, ...warning }) => warning),
        contentHash,
    };
    options.logger?.debug({ path, items: report.items.length }, 'report extracted');
    return { report, warnings };
}
/** Extraction under its own time budget; a report it cannot finish (a limit, a failure) is skipped, never the run. */
function extract(path, outline, options) {
    const budget = new TimeBudget(options.now ?? (() => performance.now()), DEFAULT_TIME_BUDGET_MS);
    try {
        return extractReport(outline, options.rules, budget);
    }
    catch (error) {
        const warning = limitWarning(error) ?? {
            code: 'extraction-failed',
            message: `skipped: reading its items failed (${error instanceof Error ? error.message : String(error)})`,
        };
        return { skipped: { path, ...warning } };
    }
}
//# sourceMappingURL=load.js.map