import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeTitle, splitFirstSentence, TITLE_MAX } from '../../src/extract/text.ts';

const length = (s: string) => [...s].length;

test('a short text is its own title, without trailing . : ; ,', () => {
  assert.equal(makeTitle('Order disks'), 'Order disks');
  assert.equal(makeTitle('Finne brukere til piloten.'), 'Finne brukere til piloten');
  assert.equal(makeTitle('Teknisk:'), 'Teknisk');
  assert.equal(makeTitle('Pilot(20 april):'), 'Pilot(20 april)');
  assert.equal(makeTitle('etc.;,'), 'etc');
  assert.equal(makeTitle('Why not?'), 'Why not?');
});

test('a title of exactly 120 characters is not cut', () => {
  const text = 'word '.repeat(23) + 'abcde';
  assert.equal(length(text), TITLE_MAX);
  assert.equal(makeTitle(text), text);
});

test('a long text is cut at the last space within 120 characters, with an ellipsis', () => {
  const text =
    'Det er også ønskelig at alle i prosjekt deltar på Openstack Summit i Barcelona: https://www.openstack.org/summit/barcelona-2016/';
  const title = makeTitle(text);
  assert.equal(title, 'Det er også ønskelig at alle i prosjekt deltar på Openstack Summit i Barcelona…');
  assert.ok(length(title) <= TITLE_MAX);
});

test('a cut never splits a hyphenated word and drops punctuation before the ellipsis', () => {
  const text = `${'a'.repeat(110)} IPv6-kurs tail`;
  assert.equal(makeTitle(text), `${'a'.repeat(110)}…`);
  const comma = `${'b'.repeat(110)} tail, ${'c'.repeat(20)}`;
  assert.equal(makeTitle(comma), `${'b'.repeat(110)} tail…`);
});

test('a single word longer than a title is cut hard', () => {
  const title = makeTitle('x'.repeat(300));
  assert.equal(title, `${'x'.repeat(TITLE_MAX - 1)}…`);
});

test('Chinese text without spaces is cut at a word boundary, never mid-character', () => {
  const sentence = '我们计划在下个月完成数据库迁移并且更新所有的用户文档。'; // 27 characters
  const text = sentence.repeat(8);
  const title = makeTitle(text);
  // 119 characters fit: four sentences (108) and then 我们/计划/在/下个月/完成 (11) end on a word boundary.
  assert.equal(title, `${sentence.repeat(4)}我们计划在下个月完成…`);
  assert.ok(length(title) <= TITLE_MAX);
});

test('punctuation right after the cut is a word boundary: the last word stays whole', () => {
  assert.equal(makeTitle(`x ${'a'.repeat(117)}. more`), `x ${'a'.repeat(117)}…`);
  assert.equal(makeTitle(`x ${'a'.repeat(117)}, more`), `x ${'a'.repeat(117)}…`);
  assert.equal(makeTitle(`x ${'a'.repeat(117)}) more`), `x ${'a'.repeat(117)}…`);
  // Punctuation inside a word is not a boundary: `example.org` is not cut to `example`.
  assert.equal(makeTitle(`x ${'a'.repeat(111)} example.org more`), `x ${'a'.repeat(111)}…`);
  assert.equal(makeTitle(`x ${'a'.repeat(117)}-kurs more`), 'x…');
});

test('emoji (surrogate pairs) are counted as one character and never split', () => {
  const text = '🚀'.repeat(130);
  const title = makeTitle(text);
  assert.equal(length(title), TITLE_MAX);
  assert.ok(!title.includes('\uFFFD'));
  assert.equal(title, `${'🚀'.repeat(TITLE_MAX - 1)}…`);
});

test('the first sentence of a paragraph, with dates like "15. april" kept whole', () => {
  assert.deepEqual(
    splitFirstSentence('Sikkerhetsgjennomgang og dokumentasjon. Blir et møte i Oslo 15. april.'),
    {
      first: 'Sikkerhetsgjennomgang og dokumentasjon.',
      rest: 'Blir et møte i Oslo 15. april.',
    },
  );
  assert.deepEqual(splitFirstSentence('Piloten er planlagt klar 18.april.'), {
    first: 'Piloten er planlagt klar 18.april.',
    rest: '',
  });
  assert.deepEqual(splitFirstSentence('完成数据库迁移。然后更新文档。'), {
    first: '完成数据库迁移。',
    rest: '然后更新文档。',
  });
  assert.deepEqual(splitFirstSentence('Wir migrieren die Datenbank! Danach folgt die Doku.'), {
    first: 'Wir migrieren die Datenbank!',
    rest: 'Danach folgt die Doku.',
  });
});

test('abbreviations do not end the first sentence', () => {
  const cases: [string, string][] = [
    ['Flytte bl.a. DNS. Så mer.', 'Flytte bl.a. DNS.'],
    ['Flytte f.eks. DNS. Så mer.', 'Flytte f.eks. DNS.'],
    ['Use e.g. DNS. Then more.', 'Use e.g. DNS.'],
    ['Use i.e. Storage. Then more.', 'Use i.e. Storage.'],
    ['Ring Dr. Hansen. Så mer.', 'Ring Dr. Hansen.'],
    ['Wir machen z.B. DNS. Dann mehr.', 'Wir machen z.B. DNS.'],
    ['Flytte DNS, NTP osv. Til slutt mer.', 'Flytte DNS, NTP osv.'],
  ];
  for (const [text, first] of cases) assert.equal(splitFirstSentence(text).first, first, text);
});

test('a sentence never ends before a lower-case continuation', () => {
  assert.deepEqual(splitFirstSentence('DNS, NTP etc. and more. Then X.'), {
    first: 'DNS, NTP etc. and more.',
    rest: 'Then X.',
  });
  assert.deepEqual(splitFirstSentence('Flytte DNS! så mer. Og så.'), {
    first: 'Flytte DNS! så mer.',
    rest: 'Og så.',
  });
  assert.deepEqual(splitFirstSentence('Klar? «ja», sier de. Neste.'), {
    first: 'Klar? «ja», sier de.',
    rest: 'Neste.',
  });
});
