/**
 * The card marker: the one line of a card's description that ties the card to
 * its item key, so that the mapping survives a lost state file or a crash
 * between a create and its checkpoint.
 *
 * Written as a short inline-code line at the end of the description
 * (`` `report-sync:item:3f2a9c0d1e7b4a55` ``): Trello renders it small and grey,
 * and a person editing text around it does not break it. Parsing finds the
 * marker anywhere in the text and tolerates the backslash escapes Trello's
 * editor adds to punctuation when it saves Markdown.
 */
import type { ItemKey } from '../extract/item.ts';

const TAG = 'report-sync:item:';

/** Item keys are lower-case hex (see extract/normalise.ts); the marker accepts 8 to 64 such characters. */
const KEY_PATTERN = /^[0-9a-f]{8,64}$/;

// `report-sync:item:<key>`, each punctuation character optionally escaped with a backslash.
const MARKER_PATTERN = /report\\?-sync\\?:item\\?:([0-9a-f]{8,64})(?![0-9a-z])/g;

export function isItemKey(value: string): value is ItemKey {
  return KEY_PATTERN.test(value);
}

/** The marker line for an item key. */
export function formatMarker(key: ItemKey): string {
  if (!isItemKey(key)) throw new TypeError(`not an item key: ${JSON.stringify(key)}`);
  return `\`${TAG}${key}\``;
}

/**
 * The item key a card description is marked with, or null when it carries no
 * marker. With several markers (a person pasted one), the last one wins: the
 * marker line is written last.
 */
export function parseMarker(desc: string): ItemKey | null {
  let key: string | null = null;
  for (const match of desc.matchAll(MARKER_PATTERN)) key = match[1] ?? null;
  return key as ItemKey | null;
}
