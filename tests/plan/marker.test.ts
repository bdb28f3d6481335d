import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { ItemKey } from '../../src/extract/item.ts';
import { itemKey } from '../../src/extract/normalise.ts';
import { type InstallId, installIdFrom, isInstallId } from '../../src/plan/install.ts';
import { CardMarker, parseMarker } from '../../src/plan/marker.ts';

const keys = fc.stringMatching(/^[0-9a-f]{8,64}$/).map((k) => k as ItemKey);
const installs = fc.option(
  fc.stringMatching(/^[0-9a-f]{8}$/).map((i) => i as InstallId),
  { nil: null },
);
const markers = fc.tuple(keys, installs).map(([key, install]) => new CardMarker(key, install));
/** Text a person may write around the marker: anything that does not itself spell a marker. */
const prose = fc.string({ unit: 'grapheme', maxLength: 200 }).filter((s) => !s.includes('report-sync'));

const same = (a: CardMarker | null, b: CardMarker) => a !== null && b.equals(a);

test('parse(format(marker)) is the marker, with an install or without one', () => {
  fc.assert(fc.property(markers, (marker) => same(CardMarker.parse(marker.format()), marker)));
});

test('the marker survives any text a person writes before and after it', () => {
  fc.assert(
    fc.property(markers, prose, prose, (marker, before, after) => {
      assert.ok(same(CardMarker.parse(`${before}\n\n${marker.format()}\n${after}`), marker));
      const glued = `${before}${marker.format()}${after.replace(/^[0-9a-z]/, ' ')}`;
      assert.ok(same(CardMarker.parse(glued), marker));
    }),
  );
});

test("the marker survives the backslash escapes Trello's editor adds", () => {
  fc.assert(
    fc.property(markers, (marker) => {
      const escaped = marker.format().replace(/[-:`]/g, (c) => `\\${c}`);
      return same(CardMarker.parse(escaped), marker);
    }),
  );
});

test('a marker written before installs were told apart reads as one without an install', () => {
  const key = itemKey('Oppgradere til Openstack Newton');
  const old = CardMarker.parse(`From Uke 30\n\n\`report-sync:item:${key}\``);
  assert.equal(old?.key, key);
  assert.equal(old?.install, null);
  assert.equal(old?.isForeignTo('a1b2c3d4' as InstallId), false, 'nobody in particular wrote it');
});

test("an older report-sync, which knows no install, still reads the new marker's key", () => {
  // The pattern report-sync used before installs were told apart (git history of this file).
  const OLD_PATTERN = /report\\?-sync\\?:item\\?:([0-9a-f]{8,64})(?![0-9a-z])/g;
  fc.assert(
    fc.property(markers, (marker) => [...marker.format().matchAll(OLD_PATTERN)][0]?.[1] === marker.key),
  );
});

test('text without a marker parses to null', () => {
  fc.assert(fc.property(prose, (text) => CardMarker.parse(text) === null && parseMarker(text) === null));
  assert.equal(CardMarker.parse('report-sync:item:XYZ'), null);
});

test('with two markers the last one wins (the marker line is written last)', () => {
  const a = new CardMarker(itemKey('first'), 'a1b2c3d4' as InstallId);
  const b = new CardMarker(itemKey('second'), null);
  assert.ok(same(CardMarker.parse(`${a.format()}\n\n${b.format()}`), b));
  assert.equal(parseMarker(`${b.format()}\n\n${a.format()}`), a.key);
});

test('a marker is foreign to every install but the one that wrote it', () => {
  const mine = 'a1b2c3d4' as InstallId;
  const marker = new CardMarker(itemKey('x'), mine);
  assert.equal(marker.isForeignTo(mine), false);
  assert.equal(marker.isForeignTo('0badf00d' as InstallId), true);
});

test('the constructor refuses what is not an item key or an install id', () => {
  assert.throws(() => new CardMarker('not a key' as ItemKey, null), TypeError);
  assert.throws(() => new CardMarker(itemKey('x'), 'laptop' as InstallId), TypeError);
});

test('strip removes the marker and nothing else', () => {
  fc.assert(
    fc.property(
      markers,
      prose,
      (marker, text) => CardMarker.strip(`${text}${marker.format()}`) === `${text}\`\``,
    ),
  );
});

test('real item keys round-trip', () => {
  fc.assert(
    fc.property(fc.string({ minLength: 1 }), (text) => {
      const marker = new CardMarker(itemKey(text), installIdFrom({ host: 'h', stateFile: text }));
      return same(CardMarker.parse(marker.format()), marker);
    }),
  );
});

test('an install id is the same for the same place, another for another host or state file', () => {
  const laptop = installIdFrom({ host: 'laptop', stateFile: '/home/kari/.report-sync/state.json' });
  assert.ok(isInstallId(laptop));
  assert.equal(laptop, installIdFrom({ host: 'laptop', stateFile: '/home/kari/.report-sync/state.json' }));
  assert.notEqual(
    laptop,
    installIdFrom({ host: 'container', stateFile: '/home/kari/.report-sync/state.json' }),
  );
  assert.notEqual(laptop, installIdFrom({ host: 'laptop', stateFile: '/data/state.json' }));
});
