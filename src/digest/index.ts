/**
 * `report-sync digest`, the pure part: a board's actions, the state and a
 * snapshot, in a given period, to the digest's data (build.ts), and the data
 * to text in a format and a language. The CLI and the worker do the I/O.
 */
import { renderMarkdown } from './markdown.ts';
import { JSON_MARK } from './mark.ts';
import { renderRst } from './rst.ts';
import type { Digest, DigestFormat } from './types.ts';
import type { TextOptions } from './words.ts';

export { actionsQuery, buildDigest } from './build.ts';
export { isDigest } from './mark.ts';
export { resolveWindow, type DigestWindow, type WindowRequest } from './window.ts';
export type { TextOptions } from './words.ts';
export * from './types.ts';

export function renderDigest(digest: Digest, format: DigestFormat, options: TextOptions): string {
  if (format === 'markdown') return renderMarkdown(digest, options);
  if (format === 'rst') return renderRst(digest, options);
  return `${JSON.stringify({ ...JSON_MARK, ...digest })}\n`;
}
