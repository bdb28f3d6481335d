import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { ItemKey } from '../../src/extract/item.ts';
import { itemKey } from '../../src/extract/normalise.ts';
import { formatMarker, parseMarker } from '../../src/plan/marker.ts';

const keys = fc.stringMatching(/^[0-9a-f]{8,64}$/).map((k) => k as ItemKey);
/** Text a person may write around the marker: anything that does not itself spell a marker. */
const prose = fc.string({ unit: 'grapheme', maxLength: 200 }).filter((s) => !s.includes('report-sync'));

test('parse(format(key)) is the key, for every key', () => {
  fc.assert(fc.property(keys, (key) => parseMarker(formatMarker(key)) === key));
});

test('the marker survives any text a person writes before and after it', () => {
  fc.assert(
    fc.property(keys, prose, prose, (key, before, after) => {
      assert.equal(parseMarker(`${before}\n\n${formatMarker(key)}\n${after}`), key);
      assert.equal(parseMarker(`${before}${formatMarker(key)}${after.replace(/^[0-9a-z]/, ' ')}`), key);
    }),
  );
});

test("the marker survives the backslash escapes Trello's editor adds", () => {
  fc.assert(
    fc.property(keys, (key) => {
      const escaped = formatMarker(key).replace(/[-:`]/g, (c) => `\\${c}`);
      return parseMarker(escaped) === key;
    }),
  );
});

test('text without a marker parses to null', () => {
  fc.assert(fc.property(prose, (text) => parseMarker(text) === null));
  assert.equal(parseMarker('report-sync:item:XYZ'), null);
});

test('with two markers the last one wins (the marker line is written last)', () => {
  const a = itemKey('first');
  const b = itemKey('second');
  assert.equal(parseMarker(`${formatMarker(a)}\n\n${formatMarker(b)}`), b);
});

test('format refuses what is not an item key', () => {
  assert.throws(() => formatMarker('not a key' as ItemKey), TypeError);
});

test('real item keys round-trip', () => {
  fc.assert(
    fc.property(
      fc.string({ minLength: 1 }),
      (text) => parseMarker(formatMarker(itemKey(text))) === itemKey(text),
    ),
  );
});
