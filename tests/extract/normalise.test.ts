import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { itemKey, normaliseText, stripInlineMarkup } from '../../src/extract/normalise.ts';

test('normalised text: NFKC, lower case, collapsed whitespace, no trailing . : ; , !', () => {
  assert.equal(normaliseText('  Finne   brukere\ttil piloten. '), 'finne brukere til piloten');
  assert.equal(normaliseText('Teknisk:'), 'teknisk');
  assert.equal(normaliseText('Ship it!!'), 'ship it');
  assert.equal(normaliseText('Why not?'), 'why not?');
  assert.equal(normaliseText('ＩＰｖ６ til instanser'), 'ipv6 til instanser');
  assert.equal(normaliseText('迁移数据库：'), '迁移数据库');
  assert.equal(normaliseText('迁移数据库。'), '迁移数据库');
  // Decomposed and composed accents are the same text.
  assert.equal(normaliseText('Fo\u0308lge opp'), normaliseText('F\u00f6lge opp'));
});

test('inline markup of RST and Markdown is removed', () => {
  assert.equal(stripInlineMarkup('**Renew** the *TLS* ``cert`` in `osl`'), 'Renew the TLS cert in osl');
  assert.equal(
    stripInlineMarkup('See `the plan <https://example.org/plan>`_ and :doc:`release`'),
    'See the plan and release',
  );
  assert.equal(
    stripInlineMarkup('Read [the guide](https://example.org) and ![logo](x.png)'),
    'Read the guide and logo',
  );
  assert.equal(
    stripInlineMarkup('__strong__ and _emph_ but snake_case_name stays'),
    'strong and emph but snake_case_name stays',
  );
  assert.equal(stripInlineMarkup('2 * 3 * 4 stays arithmetic'), '2 * 3 * 4 stays arithmetic');
});

test('texts that differ only in case, markup, spacing or final punctuation share a key', () => {
  const key = itemKey('Fortsette å hjelpe brukere med å ta i bruk tjenesten');
  assert.equal(itemKey('fortsette å hjelpe  brukere med å ta i bruk tjenesten.'), key);
  assert.equal(itemKey('**Fortsette** å hjelpe brukere med å ta i bruk tjenesten'), key);
  assert.notEqual(itemKey('Fortsette å hjelpe brukere med å ta i bruk tjenesten snart'), key);
  assert.match(key, /^[0-9a-f]{16}$/);
});

// Markup characters are over-represented so that nested and unbalanced markup gets exercised.
const markupHeavy = fc.oneof(
  fc.string({
    unit: fc.constantFrom('*', '_', '`', '[', ']', '(', ')', '<', '>', ':', 'a', ' ', '.', '!'),
    maxLength: 40,
  }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
);

test('normalising is idempotent, and a key depends only on the normalised text', () => {
  fc.assert(
    fc.property(markupHeavy, (text) => {
      const once = normaliseText(text);
      assert.equal(normaliseText(once), once);
      assert.equal(itemKey(once), itemKey(text));
    }),
    { numRuns: 2000 },
  );
});

test('markup uncovered by stripping is stripped too, so normalising is a fixpoint (found by fast-check)', () => {
  const once = normaliseText('``*`*`');
  assert.equal(normaliseText(once), once);
});
