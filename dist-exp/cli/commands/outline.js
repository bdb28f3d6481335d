import { Option } from 'commander';
import { loadConfig } from "../../config/index.js";
import { NoInputError } from "../../errors.js";
import { compileRules } from "../../extract/index.js";
import { outlineNotes } from "../../extract/notes.js";
import { flattenOutline } from "../../parse/flatten.js";
import { renderOutlineTree } from "../../parse/tree-view.js";
import { extensionList } from "../../parse/formats.js";
import { discoverReports } from "../../reports/discover.js";
import { displayPath, shownWarning } from "../../reports/warning.js";
import { formatWarning } from "../../warnings.js";
import { EXIT } from "../exit-codes.js";
/**
 * `report-sync outline`: how each report was understood. `--format json`
 * prints one line per file in the shape of tools/rst-outline.py (docutils),
 * so the two compare directly.
 */
export const registerOutline = (program, ctx, action) => {
    program
        .command('outline')
        .description('Show how reports were understood: title, date, sections (with their class), paragraphs, list items and tables, with lines.')
        .argument('<files...>', `report files, directories (walked for ${extensionList()}) or globs`)
        .addOption(new Option('--format <format>', 'indented view, or one JSON object per file and line')
        .choices(['tree', 'json'])
        .default('tree'))
        .option('--config <file>', 'configuration file (heading classes and marker words)')
        .action(action(async (sources, flags) => {
        const { config, warnings } = await loadConfig({
            cwd: ctx.cwd,
            env: ctx.env,
            ...(flags.config ? { configPath: flags.config } : {}),
        });
        for (const warning of warnings)
            ctx.logger.warn(warning);
        const rules = compileRules({ extraction: config.extraction, people: config.people });
        const warn = (w) => void ctx.stderr.write(`${formatWarning(shownWarning(w, ctx.cwd))}\n`);
        const found = await discoverReports(sources, ctx.cwd);
        found.warnings.forEach(warn);
        let read = 0;
        for (const file of found.files) {
            if (ctx.stopSignal.aborted)
                break;
            const { parseReportFile } = await import("../../reports/parse-file.js"); // the parsers load only when used
            const parsed = await parseReportFile(file, { rules });
            parsed.warnings.forEach(warn);
            if (!parsed.outline)
                continue;
            read++;
            const path = displayPath(file, ctx.cwd);
            ctx.stdout.write(flags.format === 'json'
                ? jsonLine(path, parsed.outline)
                : `${path}: ${renderOutlineTree(parsed.outline, outlineNotes(rules))}\n`);
        }
        if (read === 0) {
            throw new NoInputError(`no report could be read from ${sources.join(', ')}. Fix: name readable ${extensionList('sentence')} files, directories holding them, or globs.`);
        }
        return EXIT.ok;
    }));
};
function jsonLine(path, outline) {
    const { sections, items } = flattenOutline(outline);
    const { author, date, week } = outline.metadata;
    return `${JSON.stringify({ path, format: outline.format, title: outline.title, metadata: { author, date, week }, sections, items })}\n`;
}
//# sourceMappingURL=outline.js.map