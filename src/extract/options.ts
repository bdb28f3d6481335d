/**
 * What counts as a heading of each class and as a marker word
 * (docs/extraction.md, "Configuring headings"): the defaults are built from
 * the language modules (src/languages/), and configuration replaces or
 * extends each list. `compileRules` turns the settings into matchers once per run.
 */
import { compileHeadingClassifier, type HeadingClassifier } from '../languages/headings.ts';
import {
  DEFAULT_HEADING_PATTERNS,
  DEFAULTS,
  HEADING_CLASSES,
  type HeadingClass,
} from '../languages/index.ts';
import { compileMarkers, type MarkerPatterns } from '../languages/markers.ts';
import { MAX_TABLE_ROWS } from '../parse/limits.ts';
import type { ParseRules } from '../parse/rules.ts';
import { compileRoster, type CompiledRoster, type Roster } from './owners.ts';

/** A list as configured: an array replaces the default list, `{ "extend": [...] }` adds to it. */
export type ListSetting = readonly string[] | { readonly extend: readonly string[] };

/** Extraction settings as written in the config file; every list optional. */
export interface ExtractionOptions {
  headings?: Partial<Record<HeadingClass, ListSetting>>;
  markers?: ListSetting;
  trailingMarkers?: ListSetting;
  maxItemsPerReport?: number;
}

/**
 * Distinct items one report may give: as many as the longest task table that is read. A team's
 * weekly report or minutes hold tens; a file with more is an export or a log, and reading it
 * would put thousands of cards on the board.
 */
export const DEFAULT_MAX_ITEMS_PER_REPORT = MAX_TABLE_ROWS;

/** The settings with every default applied: what a run extracts by (and what its hash covers). */
export interface ExtractionSettings {
  /** Regex sources per class, matched at the start of a heading (see src/languages/headings.ts). */
  headings: Record<HeadingClass, string[]>;
  /** Marker words that open a todo, as written; a final `:` means "only before a colon". */
  markers: string[];
  /** Marker words that close a todo (`DNS TODO`). */
  trailingMarkers: string[];
  /** A report with more distinct items is skipped with a warning. */
  maxItemsPerReport: number;
}

function resolveList(setting: ListSetting | undefined, defaults: readonly string[]): string[] {
  if (setting === undefined) return [...defaults];
  if ('extend' in setting) return [...defaults, ...setting.extend.filter((s) => !defaults.includes(s))];
  return [...setting];
}

export function resolveExtraction(options: ExtractionOptions = {}): ExtractionSettings {
  const headings = Object.fromEntries(
    HEADING_CLASSES.map((cls) => [cls, resolveList(options.headings?.[cls], DEFAULT_HEADING_PATTERNS[cls])]),
  ) as Record<HeadingClass, string[]>;
  return {
    headings,
    markers: resolveList(options.markers, DEFAULTS.markers),
    trailingMarkers: resolveList(options.trailingMarkers, DEFAULTS.trailingMarkers),
    maxItemsPerReport: options.maxItemsPerReport ?? DEFAULT_MAX_ITEMS_PER_REPORT,
  };
}

export const DEFAULT_EXTRACTION: ExtractionSettings = resolveExtraction();

/** The compiled settings: build once, use for every report of a run (parsers included). */
export interface ExtractionRules extends ParseRules {
  headings: HeadingClassifier;
  markers: MarkerPatterns;
  roster: CompiledRoster;
  maxItemsPerReport: number;
}

export interface RuleInputs {
  extraction?: ExtractionSettings;
  /** Name as written in reports -> Trello username. */
  people?: Roster;
}

/** Compiles configuration into matchers. Throws ConfigError naming the field of a bad pattern. */
export function compileRules(inputs: RuleInputs = {}): ExtractionRules {
  const settings = inputs.extraction ?? DEFAULT_EXTRACTION;
  const headings = compileHeadingClassifier(settings.headings, DEFAULTS.decisions);
  const markers = compileMarkers(settings.markers, settings.trailingMarkers);
  return {
    headings,
    markers,
    roster: compileRoster(inputs.people ?? {}),
    maxItemsPerReport: settings.maxItemsPerReport,
    startsWithMarker: (text) => markers.leading.test(text),
    hasHeadingClass: (text) => headings.classOf(text) !== null,
  };
}
