/** The seed reports outline as a reader of them would: values checked by reading the files. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { flattenOutline, parseReport, type Outline } from '../../src/parse/index.ts';
import { CORPUS } from '../helpers/cli.ts';

function outlineOf(name: string): Outline {
  const path = `${CORPUS}seeds/${name}`;
  const result = parseReport(readFileSync(path, 'utf8'), { path });
  assert.deepEqual(result.warnings, []);
  assert.ok(result.outline);
  return result.outline;
}

test('the Chinese Markdown seed: front matter title and fields, ## and ### headings, an ordered list', () => {
  const outline = outlineOf('003_9266378be0443682.txt');
  assert.equal(outline.format, 'markdown');
  assert.equal(outline.title, 'OpenStack社区动态第五期(12.16-12.26)');
  assert.equal(outline.titleIsSection, false, 'the title comes from front matter, not from a heading');
  assert.deepEqual(outline.metadata.fields, {
    layout: 'post',
    title: 'OpenStack社区动态第五期(12.16-12.26)',
    description: '来自华为OpenStack社区团队出品的周报',
    category: '技术',
  });
  const flat = flattenOutline(outline);
  assert.deepEqual(flat.sections, [
    { title: '业界动态', level: 1, line: 8 },
    { title: '社区跟踪', level: 1, line: 31 },
    { title: 'Tempst', level: 2, line: 33 },
    { title: 'Common', level: 2, line: 37 },
    { title: 'Nova', level: 2, line: 60 },
    { title: 'Ceilometer', level: 2, line: 65 },
    { title: 'Neutron', level: 2, line: 68 },
    { title: 'Heat', level: 2, line: 72 },
  ]);
  // An autolink keeps its URL as text; the list interrupts the paragraph above it.
  assert.deepEqual(flat.items, [
    {
      text: '查询项目的top reviewer，比如http://stackalytics.com/report/reviews/neutron-group/30',
      depth: 1,
      line: 12,
    },
    {
      text: '帮助core reviewer查询等待较长时间的patch，比如http://stackalytics.com/report/reviews/nova/open等',
      depth: 1,
      line: 13,
    },
  ]);
  const news = outline.root.sections[0]?.blocks ?? [];
  assert.equal(
    news[1]?.type === 'paragraph' && news[1].text,
    'Stackalytics团队于12.12号发布了version 0.4。增加了：',
  );
  const dell = news.find((b) => b.type === 'paragraph' && b.text.startsWith('近日'));
  assert.ok(
    dell?.type === 'paragraph' && dell.text.startsWith('近日，在戴尔全球企业用户大会上戴尔宣布与RedHat达成'),
    'a [link](url) reads as its text',
  );
});

test('the French plain-text seed: the first line is the title, short standalone lines are headings', () => {
  const outline = outlineOf('004_67b3dc9cc46bd61c.txt');
  assert.equal(outline.format, 'text');
  assert.equal(outline.title, 'OpenStack Summit, suite et fin (Jours 4 et 5)');
  assert.equal(outline.titleIsSection, true);
  const flat = flattenOutline(outline);
  assert.deepEqual(
    flat.sections.map((s) => [s.title, s.line]),
    [
      ['OpenStack Summit, suite et fin (Jours 4 et 5)', 1],
      ['Task tracking et infra-cloud', 5],
      ['OpenStackClient', 9],
      ['Documentation', 13],
      ['Rally Liberty, quoi de neuf ?', 17],
      ['Démonstration de Mistral', 21],
      ['Working sessions', 25],
      ['Pierre FREUND Adrien CUNIN', 31],
    ],
  );
  assert.ok(flat.sections.every((s) => s.level === 1));
  assert.deepEqual(flat.items, []);
  // Followed by another one-line block that is a heading, this caption stays a paragraph.
  const working = outline.root.sections[6];
  assert.deepEqual(
    working?.blocks.map((b) => b.type === 'paragraph' && [b.text.slice(0, 36), b.line]),
    [
      ['Comme cela devient la règle, la dern', 27],
      ['La montagne visible depuis les confs', 29],
    ],
  );
});

test('the RST seeds in .txt files are sniffed as RST; the byline gives author and date, the title the week', () => {
  const outline = outlineOf('001_704dc26c4333c099.txt');
  assert.equal(outline.format, 'rst');
  assert.equal(outline.title, 'Uke 30');
  assert.equal(outline.titleIsSection, true);
  assert.equal(outline.metadata.author, 'Raymond Kristiansen');
  // The byline's `31.juli 2017`, as the report date every format gets.
  assert.equal(outline.metadata.date, '2017-07-31');
  assert.equal(outline.metadata.week, 30);
  const planned = outline.root.sections[0]?.sections.find((s) => s.title === 'Planlagte aktiviteter');
  assert.equal(planned?.line, 43);
  const list = planned?.blocks.find((b) => b.type === 'list');
  assert.deepEqual(list?.type === 'list' && list.items.map((i) => [i.text, i.line]), [
    ['Oppgradere til Openstack Newton', 46],
    ['IPv6 til instanser', 47],
    ['Teste oppsettet med sentral OS-disk', 48],
    ['Fortsette å hjelpe brukere med å ta i bruk tjenesten', 49],
    ['Jobbe videre med Designate og Ceilometer', 50],
  ]);
  for (const seed of ['000_9fd465e7c4273f2b.txt', '002_384c8731d690f1f5.txt'])
    assert.equal(outlineOf(seed).format, 'rst');
});
