/** A warning of a stage that does not name its reports itself (a parser's, say), given its report. */
export function warningIn(report, warning, code) {
    return {
        code: warning.code ?? code,
        report,
        ...(warning.line === undefined ? {} : { line: warning.line }),
        message: warning.message,
        ...(warning.fix === undefined ? {} : { fix: warning.fix }),
    };
}
/** One line for people: `report:line: message. Fix: fix`. */
export function formatWarning(warning) {
    const where = warning.report === undefined
        ? ''
        : `${warning.report}${warning.line === undefined ? '' : `:${warning.line}`}: `;
    return `${where}${warning.message}${warning.fix ? `. Fix: ${warning.fix}` : ''}`;
}
/** The same problem found twice (an owner named in many items) is one warning. */
export function distinctWarnings(warnings) {
    const seen = new Map();
    for (const warning of warnings) {
        const id = `${warning.code}\n${formatWarning(warning)}`;
        if (!seen.has(id))
            seen.set(id, warning);
    }
    return [...seen.values()];
}
export function logWarnings(logger, warnings) {
    for (const warning of warnings) {
        const { code, report, line } = warning;
        logger.warn({ code, ...(report === undefined ? {} : { report }), ...(line ? { line } : {}) }, formatWarning(warning));
    }
}
//# sourceMappingURL=warnings.js.map