/**
 * What counts as a plan heading, a task-list heading and a marker word
 * (contract §2). Configuration is plain regex sources so that it can live in
 * JSON; `compileRules` turns it into matchers once per run.
 */
import { ConfigError } from '../errors.ts';
import { compileRoster, type CompiledRoster, type Roster } from './owners.ts';

export interface ExtractionOptions {
  /** Regex sources, matched case-insensitively at the start of a trimmed heading. */
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

/** Compiles configuration into matchers. Throws ConfigError naming the field of a bad pattern. */
export function compileRules(inputs: RuleInputs = {}): ExtractionRules {
  const options = inputs.extraction ?? DEFAULT_EXTRACTION;
  const plan = headingMatcher(options.planHeadings, 'extraction.planHeadings');
  const taskList = headingMatcher(options.taskListHeadings, 'extraction.taskListHeadings');
  const words = alternation(options.markers, 'extraction.markers', 'u');
  // `-` separates only when followed by a space, so `TODO-liste` stays prose.
  const separator = String.raw`\s*(?:[:：]|[-–—](?=\s|$))`;
  return {
    isPlanHeading: (heading) => plan.test(comparableHeading(heading)),
    isTaskListHeading: (heading) => taskList.test(comparableHeading(heading)),
    leadingMarker: new RegExp(
      String.raw`^(?:${words})(?:\s*\((?<owner>[^()]*)\))?${separator}\s*(?<rest>.*)$`,
      'su',
    ),
    trailingMarker: new RegExp(String.raw`^(?<rest>.*?)(?:^|\s)(?:${words})$`, 'su'),
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

function headingMatcher(sources: string[], field: string): RegExp {
  return new RegExp(`^(?:${alternation(sources, field, 'iu')})`, 'iu');
}

/**
 * Joins regex sources into one alternation, checking each on its own so an
 * error names the culprit. An empty list matches nothing (not everything).
 */
function alternation(sources: string[], field: string, flags: string): string {
  if (sources.length === 0) return '(?!)';
  return sources
    .map((source, index) => {
      try {
        new RegExp(source, flags);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new ConfigError(
          `${field}[${index}] is not a valid regular expression: ${JSON.stringify(source)} (${reason}). ` +
            'Fix the pattern or escape special characters with a backslash.',
        );
      }
      return `(?:${source.normalize('NFC')})`;
    })
    .join('|');
}
