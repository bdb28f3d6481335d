/**
 * What counts as a plan heading, a task-list heading and a marker word
 * (contract §2). Configuration is plain regex sources so that it can live in
 * JSON; `compileRules` turns it into matchers once per run.
 */
import { ConfigError } from '../errors.ts';
import { compileRoster, type CompiledRoster, type Roster } from './owners.ts';

export interface ExtractionOptions {
  /** Regex sources, matched case-insensitively at the start of a trimmed heading, up to a word end. */
  planHeadings: string[];
  /** Regex sources for headings whose top-level list items are all TODOs. */
  taskListHeadings: string[];
  /** Regex sources for marker words, matched case-sensitively as whole words. */
  markers: string[];
}

export const DEFAULT_EXTRACTION: ExtractionOptions = {
  planHeadings: [
    // Norwegian (bokmål `fremdrift` and nynorsk `framdrift`)
    'planlagte? aktiviteter',
    'planlagt f(re|ra)mdrift',
    'tentativ[e]? f(re|ra)mdrift',
    'kommende aktiviteter',
    'videre plan',
    'videre arbeid$',
    'neste steg',
    'arbeidsplan',
    '.*oppgaver',
    'dersom tid',
    'utestående',
    // English
    'planned (activities|work|tasks)',
    'upcoming',
    'next steps?',
    'next week',
    'plans?$',
    'plans for',
    'future work',
    'work plan',
    'roadmap',
    'tasks$',
    // French
    'activités (prévues|à venir|planifiées)',
    'prochaines? étapes?',
    "plan d'action",
    'travaux (futurs|à venir)',
    'à venir',
    // German
    'geplante aktivitäten',
    'nächste schritte',
    'arbeitsplan',
    'aufgaben',
    // Chinese
    '计划',
    '下一步',
    '下周计划',
    '后续(工作|计划)',
    '工作计划',
  ],
  taskListHeadings: [
    'todo',
    'to do',
    'to-do',
    'gjøremål',
    'aksjonspunkter',
    'action items?',
    'à faire',
    'actions à mener',
    '待办',
    '行动项',
  ],
  markers: ['TODO', 'FIXME'],
};

/** The compiled form of the options: build once, use for every report of a run. */
export interface ExtractionRules {
  isPlanHeading(heading: string): boolean;
  isTaskListHeading(heading: string): boolean;
  /** Leading marker: groups `owner` (optional) and `rest`. */
  leadingMarker: RegExp;
  /** Trailing marker: group `rest` is everything before the marker word. */
  trailingMarker: RegExp;
  roster: CompiledRoster;
}

export interface RuleInputs {
  extraction?: ExtractionOptions;
  /** Name as written in reports -> Trello username. */
  people?: Roster;
}

/**
 * What separates a leading marker word from its text (contract §2 rule 1, "followed by `:` or `-`"):
 * a colon (ASCII or full-width), with or without spaces; or a dash (`-` `–` `—`) with a space on at
 * least one side: `FIXME - fix DNS`, `TODO -fix`, `TODO- fix`. A dash joined to both words is a
 * compound, not a separator, so `TODO-liste` and `FIXME-fix DNS` stay prose: a deliberate
 * narrowing of the contract's wording. Repeated separators (`TODO:: x`, `TODO: - x`) are all consumed.
 */
const SEPARATORS = String.raw`(?:\s*[:：]|\s+[-–—]+|[-–—]+(?=\s|$))+`;

/** Closing punctuation allowed after a trailing marker word: `DNS TODO.` (a `?` is left out: `a TODO?` asks). */
const CLOSING = String.raw`[.!:;,。！：；，]*`;

/** After a heading pattern's match: the end of a word (see headingMatcher). */
const WORD_END = String.raw`(?:(?<![\p{L}\p{N}\p{M}])|(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])|(?![\p{L}\p{N}\p{M}]))`;

/** Compiles configuration into matchers. Throws ConfigError naming the field of a bad pattern. */
export function compileRules(inputs: RuleInputs = {}): ExtractionRules {
  const options = inputs.extraction ?? DEFAULT_EXTRACTION;
  const plan = headingMatcher(options.planHeadings, 'extraction.planHeadings');
  const taskList = headingMatcher(options.taskListHeadings, 'extraction.taskListHeadings');
  const words = alternation(options.markers, 'extraction.markers', 'u');
  return {
    isPlanHeading: (heading) => plan.test(comparableHeading(heading)),
    isTaskListHeading: (heading) => taskList.test(comparableHeading(heading)),
    leadingMarker: new RegExp(
      String.raw`^(?:${words})(?:\s*\((?<owner>[^()]*)\))?${SEPARATORS}\s*(?<rest>.*)$`,
      'su',
    ),
    trailingMarker: new RegExp(String.raw`^(?<rest>.*?)(?:^|\s)(?:${words})${CLOSING}$`, 'su'),
    roster: compileRoster(inputs.people ?? {}),
  };
}

/** Headings compare after trimming whitespace and a trailing colon, in NFC so that decomposed accents match. */
function comparableHeading(heading: string): string {
  return heading
    .normalize('NFC')
    .trim()
    .replace(/\s*[:：]$/u, '');
}

/**
 * One matcher for a list of heading patterns, each anchored at the start of the heading. A match
 * must also end at a word boundary, so that `to do` does not take `To document the API` nor
 * `next week` take `Next weekend`: when the match ends on a letter or digit, the heading's next
 * character must not be one. Exempt are patterns that set their own end (ending in `$` or `.*`),
 * and matches ending in a Han or kana character: Chinese and Japanese put no space between words,
 * so there `计划` still matches `计划外停机` (prefix matching, as before).
 */
function headingMatcher(sources: string[], field: string): RegExp {
  const patterns = validated(sources, field, 'iu').map((source) =>
    /(?<!\\)(?:\$|\.\*)$/u.test(source) ? `(?:${source})` : `(?:${source})${WORD_END}`,
  );
  return new RegExp(`^(?:${patterns.length === 0 ? '(?!)' : patterns.join('|')})`, 'iu');
}

/** Joins regex sources into one alternation. An empty list matches nothing (not everything). */
function alternation(sources: string[], field: string, flags: string): string {
  if (sources.length === 0) return '(?!)';
  return validated(sources, field, flags)
    .map((source) => `(?:${source})`)
    .join('|');
}

/** The sources in NFC, each checked on its own so that an error names the culprit. */
function validated(sources: string[], field: string, flags: string): string[] {
  return sources.map((source, index) => {
    try {
      new RegExp(source, flags);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new ConfigError(
        `${field}[${index}] is not a valid regular expression: ${JSON.stringify(source)} (${reason}). ` +
          'Fix the pattern or escape special characters with a backslash.',
      );
    }
    return source.normalize('NFC');
  });
}
