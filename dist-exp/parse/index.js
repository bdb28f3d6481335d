/**
 * The parse layer's one entry point: report text in, outline out. Pure (no
 * fs, no clock of its own) and total: whatever the input, it returns a
 * result, an outline or a warning saying why there is none.
 */
import { BudgetExceeded, ParseLimitExceeded, TimeBudget } from "./budget.js";
import { formatFromPath, sniffFormat } from "./detect.js";
import { parseMarkdown } from "./markdown/index.js";
import { reportMetadata } from "./metadata.js";
import { parseRst } from "./rst/index.js";
import { defaultParseRules } from "./rules.js";
import { parsePlainText } from "./text/index.js";
export { flattenOutline } from "./flatten.js";
export const DEFAULT_TIME_BUDGET_MS = 2000;
const PARSERS = {
    rst: parseRst,
    markdown: parseMarkdown,
    text: parsePlainText,
};
export function parseReport(text, options) {
    const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
    let format = options.format ?? 'text';
    try {
        format = options.format ?? formatFromPath(options.path) ?? sniffFormat(body);
        const budget = options.now
            ? new TimeBudget(options.now, options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS)
            : TimeBudget.unlimited();
        const parsed = PARSERS[format](body, { budget, rules: options.rules ?? defaultParseRules() });
        const metadata = reportMetadata(parsed.outline, { text: body, path: options.path });
        return { outline: { ...parsed.outline, metadata }, warnings: parsed.warnings };
    }
    catch (error) {
        // Whatever goes wrong, one unreadable report must not end the run: it is skipped with the reason.
        return { outline: null, warnings: [skipWarning(error, format)] };
    }
}
function skipWarning(error, format) {
    const limit = limitWarning(error);
    if (limit)
        return limit;
    const reason = error instanceof Error ? error.message : String(error);
    return {
        code: 'parser-failed',
        message: `skipped: the ${format} parser failed (${reason}); check the file's markup`,
    };
}
/** The warning of a report skipped at a limit (time budget, nesting, size); null for any other error. */
export function limitWarning(error) {
    if (error instanceof BudgetExceeded) {
        const warning = {
            code: 'parse-budget-exceeded',
            message: `skipped: ${error.message}; the report is too large or too unusual to read`,
            fix: 'split the report into smaller files, or leave it out of the sources',
        };
        if (error.line !== undefined)
            warning.line = error.line;
        return warning;
    }
    if (error instanceof ParseLimitExceeded)
        return { code: error.code, line: error.line, message: `skipped: ${error.message}`, fix: error.fix };
    return null;
}
//# sourceMappingURL=index.js.map