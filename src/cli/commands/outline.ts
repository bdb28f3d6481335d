import { Option } from 'commander';
import { loadConfig } from '../../config/index.ts';
import { NoInputError } from '../../errors.ts';
import { compileRules } from '../../extract/index.ts';
import { outlineNotes } from '../../extract/notes.ts';
import { flattenOutline } from '../../parse/flatten.ts';
import type { Outline } from '../../parse/outline.ts';
import { renderOutlineTree } from '../../parse/tree-view.ts';
import { extensionList } from '../../parse/formats.ts';
import { discoverReports } from '../../reports/discover.ts';
import { displayPath, shownWarning, type ReportWarning } from '../../reports/warning.ts';
import { formatWarning } from '../../warnings.ts';
import { EXIT } from '../exit-codes.ts';
import type { CommandRegistrar } from './index.ts';

interface OutlineFlags {
  format: 'tree' | 'json';
  config?: string;
}

/**
 * `report-sync outline`: how each report was understood. `--format json`
 * prints one line per file in the shape of tools/rst-outline.py (docutils),
 * so the two compare directly.
 */
export const registerOutline: CommandRegistrar = (program, ctx, action) => {
  program
    .command('outline')
    .description(
      'Show how reports were understood: title, date, sections (with their class), paragraphs, list items and tables, with lines.',
    )
    .argument('<files...>', `report files, directories (walked for ${extensionList()}) or globs`)
    .addOption(
      new Option('--format <format>', 'indented view, or one JSON object per file and line')
        .choices(['tree', 'json'])
        .default('tree'),
    )
    .option('--config <file>', 'configuration file (heading classes and marker words)')
    .action(
      action(async (sources: string[], flags: OutlineFlags) => {
        const { config, warnings } = await loadConfig({
          cwd: ctx.cwd,
          env: ctx.env,
          ...(flags.config ? { configPath: flags.config } : {}),
        });
        for (const warning of warnings) ctx.logger.warn(warning);
        const rules = compileRules({ extraction: config.extraction, people: config.people });
        const warn = (w: ReportWarning): void =>
          void ctx.stderr.write(`${formatWarning(shownWarning(w, ctx.cwd))}\n`);
        const found = await discoverReports(sources, ctx.cwd);
        found.warnings.forEach(warn);
        let read = 0;
        for (const file of found.files) {
          if (ctx.stopSignal.aborted) break;
          const { parseReportFile } = await import('../../reports/parse-file.ts'); // the parsers load only when used
          const parsed = await parseReportFile(file, { rules });
          parsed.warnings.forEach(warn);
          if (!parsed.outline) continue;
          read++;
          const path = displayPath(file, ctx.cwd);
          ctx.stdout.write(
            flags.format === 'json'
              ? jsonLine(path, parsed.outline)
              : `${path}: ${renderOutlineTree(parsed.outline, outlineNotes(rules))}\n`,
          );
        }
        if (read === 0) {
          throw new NoInputError(
            `no report could be read from ${sources.join(', ')}. Fix: name readable ${extensionList('sentence')} files, directories holding them, or globs.`,
          );
        }
        return EXIT.ok;
      }),
    );
};

function jsonLine(path: string, outline: Outline): string {
  const { sections, items } = flattenOutline(outline);
  const { author, date, week } = outline.metadata;
  return `${JSON.stringify({ path, format: outline.format, title: outline.title, metadata: { author, date, week }, sections, items })}\n`;
}
