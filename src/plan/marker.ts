/**
 * The card marker: the one line of a card's description that ties the card to
 * its item key, so that the mapping survives a lost state file or a crash
 * between a create and its checkpoint, and says which install wrote it
 * (install.ts), so that two installs on one board never take each other's
 * cards for their own.
 *
 * Written as a short inline-code line at the end of the description
 * (`` `report-sync:item:3f2a9c0d1e7b4a55:1a2b3c4d` ``, key then install): Trello
 * renders it small and grey, and a person editing text around it does not
 * break it. A marker written before installs were told apart has no install
 * (`` `report-sync:item:3f2a9c0d1e7b4a55` ``) and still reads; report-sync
 * versions of that time read the new form's key too. Parsing finds the marker
 * anywhere in the text and tolerates the backslash escapes Trello's editor
 * adds to punctuation when it saves Markdown.
 */
import type { ItemKey } from '../extract/item.ts';
import { type InstallId, isInstallId } from './install.ts';

const TAG = 'report-sync:item:';

/** Item keys are lower-case hex (see extract/normalise.ts); the marker accepts 8 to 64 such characters. */
const KEY_PATTERN = /^[0-9a-f]{8,64}$/;

// `report-sync:item:<key>[:<install>]`, each punctuation character optionally escaped with a backslash.
const MARKER_PATTERN = /report\\?-sync\\?:item\\?:([0-9a-f]{8,64})(?:\\?:([0-9a-f]{8}))?(?![0-9a-z])/g;

export function isItemKey(value: string): value is ItemKey {
  return KEY_PATTERN.test(value);
}

export class CardMarker {
  readonly key: ItemKey;
  /** The install that wrote the card; null for a marker from before installs were told apart. */
  readonly install: InstallId | null;

  constructor(key: ItemKey, install: InstallId | null) {
    if (!isItemKey(key)) throw new TypeError(`not an item key: ${JSON.stringify(key)}`);
    if (install !== null && !isInstallId(install))
      throw new TypeError(`not an install id: ${JSON.stringify(install)}`);
    this.key = key;
    this.install = install;
  }

  /**
   * The marker a card description carries, or null when it carries none.
   * With several markers (a person pasted one), the last one wins: the
   * marker line is written last.
   */
  static parse(desc: string): CardMarker | null {
    let last: RegExpExecArray | null = null;
    for (const match of desc.matchAll(MARKER_PATTERN)) last = match;
    if (!last?.[1]) return null;
    return new CardMarker(last[1] as ItemKey, (last[2] ?? null) as InstallId | null);
  }

  /** The text without any marker in it. */
  static strip(desc: string): string {
    return desc.replace(MARKER_PATTERN, '');
  }

  /** The marker line. */
  format(): string {
    return `\`${TAG}${this.key}${this.install === null ? '' : `:${this.install}`}\``;
  }

  toString(): string {
    return this.format();
  }

  equals(other: CardMarker | null): boolean {
    return other !== null && other.key === this.key && other.install === this.install;
  }

  /** Written by another install than `self` (a marker without an install is nobody's in particular). */
  isForeignTo(self: InstallId): boolean {
    return this.install !== null && this.install !== self;
  }
}

/** The item key a card description is marked with, or null when it carries no marker. */
export function parseMarker(desc: string): ItemKey | null {
  return CardMarker.parse(desc)?.key ?? null;
}
