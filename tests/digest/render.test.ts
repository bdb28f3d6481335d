/**
 * The digest's text in every format and language: Markdown and RST that read
 * back as the same sections and cards (RST checked with docutils), headings no
 * language's rules take for a plan, task or done section, and a body that —
 * pasted into a report without its first line — gives no item, even for cards
 * named like markers. The first line marks a digest; nothing else does.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildDigest, DIGEST_SECTIONS, isDigest, renderDigest, type Digest } from '../../src/digest/index.ts';
import { compileRules, extractReport } from '../../src/extract/index.ts';
import { LANGUAGE_CODES, language } from '../../src/languages/index.ts';
import { parseReport } from '../../src/parse/index.ts';
import type { Outline, Section } from '../../src/parse/outline.ts';
import { noDocutils, rstOutline, rstProblems } from '../helpers/docutils.ts';
import { card, create, input, LISTS, MEMBERS, PERSON, snapshot, state } from './fixture.ts';

/** Cards named to trip a reader: markers, a task box, a trailing marker, markup of both formats. */
const NAMES = [
  'TODO: order disks',
  'FIXME: DNS for the *new* rack',
  'AI: 升级 OpenStack `x` <b> | _y_ :role:`z`',
  '- [ ] a box',
  'Renew the certificates TODO',
  'ACTION: [link](http://x) \\ backslash',
];

function tricky(): Digest {
  const cards = NAMES.map((name, i) =>
    card({
      id: `c${i}`,
      name,
      list: i % 2 ? LISTS.planned : LISTS.todo,
      members: i % 3 ? [MEMBERS.ann] : [],
    }),
  );
  return buildDigest(
    input({
      snapshot: snapshot(cards),
      state: state(
        [{ cardId: 'c0', key: 'k0' }],
        [
          {
            id: 'reports/TODO: week 2.md',
            title: 'TODO: Week 2',
            date: '2025-01-10',
            items: [{ key: 'k0', line: 4, owners: ['Kari'] }],
            link: 'https://git.example/x (1).md#L{line}',
          },
        ],
        ['Kari'],
      ),
      actions: cards.map((c) => create(c.id, c.idList, '2025-01-10T10:00:00.000Z', PERSON)),
    }),
  );
}

const options = (code: (typeof LANGUAGE_CODES)[number]) => ({
  language: code,
  timeZone: 'UTC',
  staleAfterWeeks: 3,
});
const rules = compileRules();
const withoutFirstLine = (text: string) => text.split('\n').slice(1).join('\n');

function outlineOf(text: string, path: string, format: 'markdown' | 'rst' | 'text'): Outline {
  const { outline } = parseReport(text, { path, format });
  assert.ok(outline, 'the text parses');
  return outline;
}

function sectionsOf(root: Section): Section[] {
  return root.sections.flatMap((s) => [s, ...sectionsOf(s)]);
}

describe('digest text', () => {
  const digest = tricky();
  it('the card names alone would be items: the checks below are worth making', () => {
    const lines = NAMES.map((name) => `${name}\n`).join('\n');
    assert.ok(extractReport(outlineOf(lines, 'names.txt', 'text'), rules).items.length >= 4);
  });

  for (const code of LANGUAGE_CODES) {
    for (const format of ['markdown', 'rst'] as const) {
      const text = renderDigest(digest, format, options(code));
      const path = `digest.${format === 'rst' ? 'rst' : 'md'}`;

      it(`${code} ${format}: the first line marks it a digest; without it, it is no digest and gives no item`, () => {
        assert.equal(isDigest(text), true);
        const body = withoutFirstLine(text);
        assert.equal(isDigest(body), false);
        assert.deepEqual(extractReport(outlineOf(body, path, format), rules).items, []);
      });

      it(`${code} ${format}: its headings are no heading class of any language, and say the language's words`, () => {
        const outline = outlineOf(text, path, format);
        const headings = sectionsOf(outline.root).map((s) => s.title);
        assert.equal(headings.length, 1 + DIGEST_SECTIONS.length);
        for (const heading of headings) assert.equal(rules.headings.classOf(heading), null, heading);
        const words = language(code).digest;
        assert.ok(headings[1]?.startsWith(words.sections.done), headings[1]);
      });

      it(`${code} ${format}: every card reads back with its name intact, in its section`, () => {
        const outline = outlineOf(text, path, format);
        const [open, close] = language(code).digest.quotes;
        const cardsIn = (section: Section | undefined) =>
          (section?.blocks ?? [])
            .flatMap((b) => (b.type === 'list' ? b.items : []))
            .flatMap((list) => list.children.flatMap((member) => member.children))
            .map((entry) => entry.text.slice(open.length, entry.text.indexOf(close, open.length)));
        const sections = sectionsOf(outline.root).slice(1);
        assert.deepEqual(
          sections.map(cardsIn),
          DIGEST_SECTIONS.map((s) => digest.sections[s].map((e) => e.name)),
        );
      });
    }

    it(
      `${code} rst: docutils parses it without a message, to the same sections and cards`,
      { skip: noDocutils },
      async (t) => {
        const dir = await mkdtemp(join(tmpdir(), 'digest-rst-'));
        t.after(() => rm(dir, { recursive: true, force: true }));
        const path = join(dir, 'digest.rst');
        await writeFile(path, renderDigest(digest, 'rst', options(code)));
        assert.deepEqual(rstProblems(path), []);
        const outline = rstOutline(path);
        assert.deepEqual(
          outline.sections.map((s) => s.level),
          [1, 2, 2, 2, 2, 2, 2],
        );
        const [open] = language(code).digest.quotes;
        const entries = outline.items.filter((i) => i.depth === 3).map((i) => i.text);
        const expected = DIGEST_SECTIONS.flatMap((s) => digest.sections[s].map((e) => `${open}${e.name}`));
        assert.deepEqual(
          entries.map((e, i) => e.startsWith(expected[i] ?? '\0')),
          expected.map(() => true),
          entries.join('\n'),
        );
      },
    );
  }

  it('JSON is the digest as data, marked on its first line', () => {
    const text = renderDigest(digest, 'json', options('en'));
    assert.equal(isDigest(text), true);
    assert.equal(text.split('\n').length, 2, 'one line');
    assert.deepEqual(JSON.parse(text), { generator: 'report-sync digest', ...digest });
  });

  it('an empty section says so; the stale heading says its weeks', () => {
    const empty = buildDigest(input({ snapshot: snapshot([]) }));
    const text = renderDigest(empty, 'markdown', { ...options('en'), staleAfterWeeks: 5 });
    assert.match(text, /^### Cards no report has mentioned for 5 weeks \(0\)\n\nNone\.$/m);
    assert.match(text, /^## Board digest, 2025-01-06 – 2025-01-12$/m, 'the last day is the one before `to`');
  });

  it('only the first line marks a digest, with or without a BOM', () => {
    assert.equal(isDigest('\uFEFF<!-- report-sync digest: x -->\n## x'), true);
    assert.equal(isDigest('.. report-sync digest: x\n'), true);
    assert.equal(isDigest('# Week 2\n\n<!-- report-sync digest -->\n'), false);
    assert.equal(isDigest('<!-- notes on the report-sync digestion -->'), false);
    assert.equal(isDigest(''), false);
  });
});
