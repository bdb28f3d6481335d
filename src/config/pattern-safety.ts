/**
 * Heading patterns come from the configuration and run over every heading of
 * every report with JavaScript's backtracking engine: one written so that a
 * heading can be matched in exponentially many ways (`planned (\w+\s?)+$`)
 * spins for ever on a 48-character heading. Each pattern the configuration
 * adds is checked once, as it runs, before any report is read, by recheck:
 * it decides from the pattern's automaton whether the matching time can grow
 * faster than the heading (and fuzzes the patterns with lookarounds, which no
 * automaton models). A pattern that can, or that cannot be cleared in time,
 * is a configuration error naming the setting. The defaults are report-sync's
 * own and are not checked here.
 */
import type { UnknownDiagnostics, VulnerableDiagnostics } from 'recheck';
import { ConfigError } from '../errors.ts';
import { patternAsRun } from '../languages/headings.ts';
import { DEFAULT_HEADING_PATTERNS, HEADING_CLASSES, type HeadingClass } from '../languages/index.ts';
import type { ConfigFile } from './schema.ts';

/** Long enough for recheck to clear any pattern a person writes; a pattern it cannot clear in this time is refused. */
const CHECK_TIMEOUT_MS = 10_000;

interface Configured {
  /** Where the pattern is written: `extraction.headings.plan.extend[0]`. */
  field: string;
  source: string;
}

/** Throws ConfigError for the first configured heading pattern whose matching time can outgrow the heading. */
export async function assertLinearHeadingPatterns(extraction: ConfigFile['extraction']): Promise<void> {
  const configured = configuredPatterns(extraction);
  if (configured.length === 0) return;
  // recheck is 3 MB of compiled Scala (~35 MiB and ~80 ms to load): only a configuration with patterns of its own pays for it.
  const { check } = await import('recheck');
  for (const { field, source } of configured) {
    const running = patternAsRun(source);
    const verdict = await check(running, 'iu', { timeout: CHECK_TIMEOUT_MS });
    if (verdict.status !== 'safe') throw new ConfigError(refusal(field, source, running, verdict));
  }
}

function configuredPatterns(extraction: ConfigFile['extraction']): Configured[] {
  type Setting = readonly string[] | { readonly extend: readonly string[] } | undefined;
  const lists: (readonly [string, HeadingClass, Setting])[] = [
    ...HEADING_CLASSES.map((cls) => [`extraction.headings.${cls}`, cls, extraction.headings?.[cls]] as const),
    ['extraction.planHeadings', 'plan', extraction.planHeadings],
    ['extraction.taskListHeadings', 'taskList', extraction.taskListHeadings],
  ];
  return lists.flatMap(([field, cls, setting]) => {
    if (setting === undefined) return [];
    const [at, sources] = 'extend' in setting ? [`${field}.extend`, setting.extend] : [field, setting];
    return sources
      .map((source, index) => ({ field: `${at}[${index}]`, source }))
      .filter(({ source }) => !DEFAULT_HEADING_PATTERNS[cls].includes(source));
  });
}

function refusal(
  field: string,
  source: string,
  running: string,
  verdict: UnknownDiagnostics | VulnerableDiagnostics,
): string {
  const written = `${field} ${JSON.stringify(source)}`;
  const fix =
    'Fix: write it so that each character of a heading can be matched in one way only: no repeat inside a repeat (`(\\w+\\s?)+` is `[\\w\\s]+`), no two repeats that can take the same characters next to each other (`\\d+\\d+`); a plain phrase such as "sprint goals" is enough, as patterns match at the start of a heading and end at a word end.';
  if (verdict.status === 'unknown') {
    const why =
      verdict.error.kind === 'timeout'
        ? `the check did not finish in ${CHECK_TIMEOUT_MS / 1000} s`
        : 'message' in verdict.error
          ? verdict.error.message
          : verdict.error.kind;
    return `${written} could not be shown to run in time linear in a heading's length (${why}). ${fix}`;
  }
  const growth =
    verdict.complexity.type === 'exponential'
      ? 'exponentially with'
      : `with the ${power(verdict.complexity.degree)} of`;
  const parts = verdict.hotspot.map((spot) => `\`${running.slice(spot.start, spot.end)}\``);
  const where = parts.length > 0 ? ` (the parts that backtrack: ${[...new Set(parts)].join(', ')})` : '';
  return `${written} can take time growing ${growth} a heading's length${where}: a heading such as ${JSON.stringify(verdict.attack.string.slice(0, 60))} would stall every run. ${fix}`;
}

function power(n: number): string {
  return n === 2 ? 'square' : n === 3 ? 'cube' : `${n}th power`;
}
