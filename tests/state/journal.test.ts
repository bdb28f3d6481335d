import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { applyOps, diffEntries, indexEntries } from '../../src/state/journal.ts';

/** JSON values of the shapes a state payload takes: scalars, arrays, records of records. */
const leaf = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
);
const member = fc.oneof(leaf, fc.dictionary(fc.string({ maxLength: 4 }), leaf, { maxKeys: 3 }));
const field = fc.oneof(leaf, fc.dictionary(fc.string({ maxLength: 4 }), member, { maxKeys: 5 }));
const payload = fc.oneof(fc.dictionary(fc.string({ maxLength: 4 }), field, { maxKeys: 5 }), leaf);

const viaJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

describe('state journal deltas', () => {
  it('turn any payload into any other when replayed', () => {
    fc.assert(
      fc.property(payload, payload, (before, after) => {
        const ops = diffEntries(indexEntries(before), indexEntries(after));
        const replayed = applyOps(viaJson(before), viaJson(ops) as typeof ops);
        assert.deepEqual(replayed, viaJson(after));
      }),
      { numRuns: 2_000 },
    );
  });

  it('rebuild a payload from nothing', () => {
    fc.assert(
      fc.property(payload, (value) => {
        assert.deepEqual(applyOps({}, diffEntries(new Map(), indexEntries(value))), viaJson(value));
      }),
    );
  });

  it('carry only the members that changed', () => {
    const cards = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, { title: `t${i}` }]));
    const before = { board: null, cards };
    const after = { board: null, cards: { ...cards, k7: { title: 'changed' }, k100: { title: 'new' } } };
    Reflect.deleteProperty(after.cards, 'k3');
    assert.deepEqual(diffEntries(indexEntries(before), indexEntries(after)), [
      { del: ['cards', 'k3'] },
      { set: ['cards', 'k7'], value: { title: 'changed' } },
      { set: ['cards', 'k100'], value: { title: 'new' } },
    ]);
  });
});
