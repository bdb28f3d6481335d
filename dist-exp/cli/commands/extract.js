import { Option } from 'commander';
import { loadConfig } from "../../config/index.js";
import { NoInputError } from "../../errors.js";
// options.ts alone (the config loads it anyway); the extractor comes with reports/load.ts when used.
import { compileRules } from "../../extract/options.js";
import { extensionList } from "../../parse/formats.js";
import { displayPath, shownWarning } from "../../reports/warning.js";
import { logWarnings } from "../../warnings.js";
import { EXIT } from "../exit-codes.js";
/** `report-sync extract`: shows what a sync would turn into cards, touching nothing. */
export const registerExtract = (program, ctx, action) => {
    program
        .command('extract')
        .description('List the TODOs and planned activities found in reports, without touching Trello.')
        .argument('<sources...>', `report files, directories (walked for ${extensionList()}) or globs`)
        .addOption(new Option('--format <format>', 'output for people or for programs')
        .choices(['table', 'json'])
        .default('table'))
        .option('--config <file>', 'configuration file (extraction rules and people roster)')
        .action(action(async (sources, flags) => {
        const { config, warnings } = await loadConfig({
            cwd: ctx.cwd,
            env: ctx.env,
            ...(flags.config ? { configPath: flags.config } : {}),
        });
        logWarnings(ctx.logger, warnings.map((message) => ({ code: 'config', message })));
        const rules = compileRules({ extraction: config.extraction, people: config.people });
        const { loadReports } = await import("../../reports/load.js"); // the parsers load only when used
        const loaded = await loadReports(sources, { cwd: ctx.cwd, rules, logger: ctx.logger });
        const problems = [
            ...loaded.warnings,
            ...loaded.reports.flatMap((r) => r.warnings.map((w) => ({ path: r.path, ...w }))),
        ];
        logWarnings(ctx.logger, problems.map((problem) => shownWarning(problem, ctx.cwd)));
        if (loaded.reports.length === 0) {
            throw new NoInputError(`no report could be read from ${sources.join(', ')}. Fix: name existing ${extensionList('sentence')} files, directories holding them, or globs.`);
        }
        const reports = loaded.reports.map((report) => ({
            ...report,
            path: displayPath(report.path, ctx.cwd),
        }));
        ctx.stdout.write(flags.format === 'json' ? toJson(reports) : toTable(reports));
        return EXIT.ok;
    }));
};
/** The item record of docs/extraction.md, field by field, and each report's date. */
function toJson(reports) {
    const body = reports.map((report) => ({
        path: report.path,
        format: report.format,
        title: report.title,
        date: report.metadata.date ?? null,
        items: report.items.map((item) => ({
            kind: item.kind,
            status: item.status,
            text: item.text,
            title: item.title,
            description: item.description,
            checklist: item.checklist,
            section: item.section,
            line: item.line,
            owners: item.owners,
            due: item.due,
            key: item.key,
        })),
        warnings: report.warnings,
    }));
    return `${JSON.stringify({ reports: body }, null, 2)}\n`;
}
const TABLE_HEADER = ['KIND', 'STATUS', 'TITLE', 'DUE', 'OWNERS', 'LOCATION'];
function toTable(reports) {
    const rows = reports.flatMap((report) => report.items.map((item) => [
        item.kind,
        item.status,
        item.title,
        item.due ?? '-',
        item.owners.length ? item.owners.join(', ') : '-',
        `${report.path}:${item.line}`,
    ]));
    const count = rows.length;
    const done = rows.filter((row) => row[1] === 'done').length;
    const summary = `${count} item${count === 1 ? '' : 's'} (${done} done) in ${reports.length} report${reports.length === 1 ? '' : 's'}\n`;
    if (count === 0)
        return summary;
    const last = TABLE_HEADER.length - 1;
    const widths = TABLE_HEADER.map((_, column) => Math.max(...[TABLE_HEADER, ...rows].map((row) => displayWidth(row[column] ?? ''))));
    const line = (row) => row
        .map((cell, column) => column < last ? cell + ' '.repeat((widths[column] ?? 0) - displayWidth(cell)) : cell)
        .join('  ');
    return `${[TABLE_HEADER, ...rows].map(line).join('\n')}\n\n${summary}`;
}
/** Hangul, CJK and full-width forms take two terminal columns. */
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;
function displayWidth(text) {
    let width = 0;
    for (const char of text)
        width += WIDE.test(char) ? 2 : 1;
    return width;
}
//# sourceMappingURL=extract.js.map