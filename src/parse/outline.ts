/**
 * The one outline model every report format is parsed into (docs/extraction.md, "Reports").
 * Plain data: JSON-serialisable, no class instances, so that an outline can be
 * printed, compared with docutils and snapshotted.
 */

export type ReportFormat = 'rst' | 'markdown' | 'text';

export interface ReportMetadata {
  author?: string;
  /**
   * The report date, `YYYY-MM-DD`: from front matter, an RST `:date:`, a byline, a `Date:` line,
   * the title, or the file's name and folders (docs/extraction.md, "The report date").
   */
  date?: string;
  /** ISO week from a `Uke 42` / `Week 42` title. */
  week?: number;
  /**
   * Every front matter field, as parsed from YAML; for RST, the fields of a
   * document-level field list (`:Author: …`, docutils' docinfo), names lower-cased.
   */
  fields: Record<string, unknown>;
}

/** What a block of running text knows beyond its plain text. */
export interface TextDetail {
  /**
   * Plain text of each source line of the block's first paragraph, from its first line on, when it
   * has more than one; joined by single spaces they are its text.
   */
  lines?: string[];
  /** Text of each marked-up link in it, in order (bare URLs are in the text as they are). */
  links?: string[];
  /** Text of each code span in it. */
  code?: string[];
}

export interface Paragraph extends TextDetail {
  type: 'paragraph';
  /** Plain text: inline markup removed, whitespace collapsed. */
  text: string;
  line: number;
  /** The whole paragraph is bold text (`**Action items:**`): a label. */
  bold?: true;
}

export interface LiteralBlock {
  type: 'literal';
  /** Raw content, untouched: markers inside are never items. */
  text: string;
  line: number;
}

export interface ListItem extends TextDetail {
  /** Plain text of the item's first paragraph. */
  text: string;
  line: number;
  /** `open` for `- [ ]`, `- []`, `☐`; `done` for `- [x]`, `☑`, `☒`, `✅`; absent for an ordinary item. */
  task?: 'open' | 'done';
  /** Paragraphs and literal blocks after the first paragraph, in order. */
  blocks: (Paragraph | LiteralBlock)[];
  /** Nested list items (any nested list, bullet or enumerated), in order. */
  children: ListItem[];
}

export interface ListBlock {
  type: 'list';
  ordered: boolean;
  items: ListItem[];
  line: number;
}

export interface TableRow {
  /** Plain text of each cell. */
  cells: string[];
  line: number;
}

export interface TableBlock {
  type: 'table';
  /** The header row's cells; null when the table has none (an RST table without `===`). */
  header: string[] | null;
  /** Body rows, in order. */
  rows: TableRow[];
  line: number;
  /** The blocks inside the cells (a list in an RST cell), in order: for the flat outline. */
  cellBlocks: Block[];
}

export type Block = Paragraph | LiteralBlock | ListBlock | TableBlock;

export interface Section {
  /** Plain heading text. Empty for the root. */
  title: string;
  /** 1 = outermost heading; 0 for the root. In RST the document title counts, as in docutils. */
  level: number;
  /** 1-based line of the heading text. */
  line: number;
  blocks: Block[];
  sections: Section[];
}

export interface Outline {
  format: ReportFormat;
  /** Document title: RST title, a single leading Markdown `#` heading, front matter `title`, or null. */
  title: string | null;
  /**
   * True when `root.sections[0]` is the document title (RST title, single leading
   * `#` heading): extraction leaves it out of section paths.
   */
  titleIsSection: boolean;
  metadata: ReportMetadata;
  /** Level-0 root: blocks before the first heading, and the top-level sections. */
  root: Section;
}

export interface ParseWarning {
  /** Short kebab-case name of the problem, stable for programs (`table-too-long`). */
  code?: string;
  /** 1-based line, when the problem has one. */
  line?: number;
  message: string;
  /** What the user can do about it. */
  fix?: string;
}

/** What parsing one report gives: an outline, or nothing (skipped) — with warnings either way. */
export interface ParseResult {
  outline: Outline | null;
  warnings: ParseWarning[];
}
