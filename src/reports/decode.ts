/**
 * A report's bytes to text (pure: bytes in, text or a reason out). UTF-8 is
 * read as it is; UTF-16 with a byte order mark too. Anything else is named by
 * chardet (the maintained detector with per-language statistics for Latin and
 * CJK encodings) and decoded by the platform's own WHATWG TextDecoder, which
 * knows Windows-1252, ISO-8859-1/15 and GB18030 without a dependency: the
 * report is read with a warning naming the encoding. When no reading can be
 * trusted the file is skipped: garbled text never reaches a card.
 */
import { createRequire } from 'node:module';
import type * as Chardet from 'chardet';
import type { ParseWarning } from '../parse/outline.ts';

/** chardet is loaded for the first report that is not UTF-8: nearly none are, and a no-op sync decodes nothing. */
let chardet: typeof Chardet | undefined;
const analyse = (bytes: Uint8Array) =>
  (chardet ??= createRequire(import.meta.url)('chardet') as typeof Chardet).analyse(bytes);

export type Decoded = { text: string; warnings: ParseWarning[] } | { skipped: string };

/** chardet's names of the encodings reports come in, and the TextDecoder label that reads each. */
const DECODERS: Record<string, string> = {
  'windows-1252': 'windows-1252',
  'ISO-8859-1': 'windows-1252',
  'ISO-8859-15': 'iso-8859-15',
  GB18030: 'gb18030',
  Big5: 'big5',
};
/** Below this chardet confidence (0–100) a guess is not trusted. */
const MIN_CONFIDENCE = 30;

const BOMS: [number[], string][] = [
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

export function decodeReport(bytes: Uint8Array): Decoded {
  for (const [mark, encoding] of BOMS) {
    if (mark.every((b, i) => bytes[i] === b))
      return read(bytes, encoding, `${encoding.toUpperCase()} (byte order mark)`);
  }
  if (bytes.includes(0)) {
    return { skipped: 'contains NUL bytes, so it is binary or UTF-16 text; save reports as UTF-8' };
  }
  // TextDecoder drops a leading UTF-8 BOM by itself.
  const utf8 = strictDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, warnings: [] };
  const guesses = analyse(bytes);
  // Mostly UTF-8 with some bytes that are not: reading it as anything else would garble the rest.
  if (guesses[0]?.name === 'UTF-8') {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    return {
      skipped: `is UTF-8 with invalid bytes (first on line ${lineAt(lossy, lossy.indexOf('\ufffd'))}); save it as UTF-8 again`,
    };
  }
  let mixed = false;
  for (const { name, confidence } of guesses) {
    const label = DECODERS[name];
    if (!label || confidence < MIN_CONFIDENCE) continue;
    const decoded = read(bytes, label, `${name} (detected with ${confidence}% confidence)`);
    if ('text' in decoded) return decoded;
    mixed ||= decoded.skipped.includes('UTF-8 and');
  }
  if (mixed) {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    return {
      skipped: `mixes UTF-8 with another encoding (the first byte that is not UTF-8 is on line ${lineAt(lossy, lossy.indexOf('\ufffd'))}); save it as UTF-8`,
    };
  }
  return {
    skipped: `is not UTF-8, and its encoding cannot be told (it reads as none of ${Object.keys(DECODERS).join(', ')}); save it as UTF-8`,
  };
}

function read(bytes: Uint8Array, label: string, described: string): Decoded {
  const text = strictDecode(bytes, label);
  if (text !== null && UTF8_READ_AS_LATIN.test(text)) return { skipped: `mixes UTF-8 and ${described}` };
  if (text === null || CONTROL.test(text.replace(ALLOWED_CONTROL, '')))
    return { skipped: `does not read as ${described}; save it as UTF-8` };
  return {
    text,
    warnings: [
      {
        code: 'not-utf8',
        message: `is not UTF-8: read as ${described}`,
        fix: 'save the file as UTF-8, so that it is read as written',
      },
    ],
  };
}

/** `Ã©`, `Ã¥`: UTF-8 bytes read one by one. A file with them has text in two encodings. */
const UTF8_READ_AS_LATIN = /[ÂÃ][\u0080-\u00bf]/u;

function lineAt(text: string, offset: number): number {
  return (text.slice(0, Math.max(offset, 0)).match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

/** Control characters (other than tab, line ends and form feed) mean the bytes were read wrong. */
const CONTROL = /[\p{Cc}\ufffd]/u;
const ALLOWED_CONTROL = /[\t\n\r\f]/gu;

function strictDecode(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
