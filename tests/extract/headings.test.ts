// Heading classes (docs/extraction.md, "Headings"): every language's phrases, in order, after numbering is stripped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError } from '../../src/errors.ts';
import { compileRules, resolveExtraction } from '../../src/extract/options.ts';
import { comparableHeading } from '../../src/languages/headings.ts';

const { headings } = compileRules();
const classes = (list: string[]) => list.map((heading) => [heading, headings.classOf(heading)]);
const all = (list: string[], cls: string) => list.map((heading) => [heading, cls]);

test('plan headings in the five languages, anchored at the start or (some) anywhere', () => {
  const plan = [
    ...[
      'Planlagte aktiviteter',
      'Planlagt framdrift',
      'Kommende aktiviteter:',
      'Uprioriterte oppgaver',
      'Neste uke',
    ],
    ...[
      'Next steps',
      'Goals for Next Week',
      'Plans for Q3',
      'Roadmap 2025',
      "What's next?",
      'Summary and next steps',
    ],
    ...['What is coming up next week?', 'Prochaines étapes', 'Objectifs pour la semaine', 'À venir'],
    ...['Nächste Schritte', 'Ziele für 2024', 'Ausblick', 'Aufgaben'],
    ...['下周计划', '后续工作', '接下来', '明日计划'],
  ];
  assert.deepEqual(classes(plan), all(plan, 'plan'));
});

test('task-list headings, and headings that only look like one', () => {
  const taskList = [
    'Todo-liste',
    'TODOs',
    'To do:',
    'Action items',
    'Open action items',
    'Follow-ups',
    'Gjøremål',
  ];
  const more = [
    'Aksjonspunkter',
    'Offene Punkte',
    'Maßnahmen',
    'À faire',
    'Suivi des actions',
    '待办事项',
    '遗留问题',
  ];
  assert.deepEqual(classes([...taskList, ...more]), all([...taskList, ...more], 'taskList'));
  assert.deepEqual(
    classes([
      'To document the API',
      'Today',
      'Actionable insights',
      'Videre arbeid med dev02 testanlegg',
      'Planning poker',
    ]),
    all(
      [
        'To document the API',
        'Today',
        'Actionable insights',
        'Videre arbeid med dev02 testanlegg',
        'Planning poker',
      ],
      null as unknown as string,
    ),
  );
});

test('done, attendance and excluded headings win over plan and task list, in that order', () => {
  assert.deepEqual(
    classes(['Done', 'Completed tasks', 'Fullført', 'Erledigte Aufgaben', 'Réalisées', '已完成', '本周完成']),
    all(
      ['Done', 'Completed tasks', 'Fullført', 'Erledigte Aufgaben', 'Réalisées', '已完成', '本周完成'],
      'done',
    ),
  );
  const attendance = [
    'Attendees',
    'September 19th, meeting Attendees',
    'Deltakere',
    'Til stede',
    'Anwesende',
    'Présents',
    '参会人员',
    '与会人(Attendees)',
  ];
  assert.deepEqual(classes(attendance), all(attendance, 'attendance'));
  const excluded = [
    'Upcoming Meetings',
    'Next call',
    'Calendar',
    'Neste møte',
    'Nächste Sitzung',
    'Prochaine réunion',
    '下次会议',
  ];
  assert.deepEqual(classes(excluded), all(excluded, 'excluded'));
  // `Upcoming` alone plans; `Upcoming meetings` is excluded, which is tried first.
  assert.equal(headings.classOf('Upcoming'), 'plan');
});

test('numbering, agenda prefixes, emoji and a trailing colon or question mark are stripped first', () => {
  for (const [heading, comparable] of [
    ['3、TODO：', 'todo'],
    ['一、下周计划', '下周计划'],
    ['III. Next steps', 'next steps'],
    ['1.1 Action items', 'action items'],
    ['1a. Plans', 'plans'],
    ['§3 Aufgaben', 'aufgaben'],
    ['#3 Action items', 'action items'],
    ['TOP 5 - Offene Punkte', 'offene punkte'],
    ['Top 5: Aufgaben', 'aufgaben'],
    ['TOP3: Maßnahmen', 'maßnahmen'],
    ['Top 2.2 Nächste Schritte', 'nächste schritte'],
    ['Punkt 3: Aufgaben', 'aufgaben'],
    ['(3) À faire', 'à faire'],
    ['📅 Next steps 🚀', 'next steps'],
    ["What's next?", "what's next"],
  ] as [string, string][])
    assert.equal(comparableHeading(heading), comparable, heading);
  assert.equal(headings.classOf('3、TODO：'), 'taskList');
});

test('a task-list heading that names decisions is mixed', () => {
  assert.ok(headings.isMixed('Action items and decisions'));
  assert.ok(
    headings.isMixed('Beschlüsse und Aufgaben') === false,
    'Aufgaben is a plan heading, not a task list',
  );
  assert.ok(headings.isMixed('Actions et décisions'));
  assert.ok(!headings.isMixed('Action items'));
});

test('configuration replaces or extends each class; an empty list matches nothing', () => {
  const replaced = compileRules({
    extraction: resolveExtraction({ headings: { plan: ['sprint goals'], taskList: [] } }),
  }).headings;
  assert.equal(replaced.classOf('Sprint goals:'), 'plan');
  assert.equal(replaced.classOf('Planned activities'), null);
  assert.equal(replaced.classOf('Todo'), null);
  const extended = compileRules({
    extraction: resolveExtraction({ headings: { taskList: { extend: ['ärenden'] } } }),
  }).headings;
  assert.equal(extended.classOf('Ärenden'), 'taskList');
  assert.equal(extended.classOf('Action items'), 'taskList');
});

test('an invalid pattern is a ConfigError naming the field, the pattern and the fix', () => {
  assert.throws(
    () =>
      compileRules({ extraction: resolveExtraction({ headings: { taskList: ['todo', 'action (items'] } }) }),
    (error: unknown) =>
      error instanceof ConfigError &&
      /extraction\.headings\.taskList\[1\]/.test(error.message) &&
      error.message.includes('"action (items"') &&
      /escape/.test(error.message),
  );
});

test('patterns ending in `$` or `.*`, and Chinese patterns, keep their own matching', () => {
  assert.equal(headings.classOf('Videre arbeid'), 'plan');
  assert.equal(headings.classOf('Videre arbeid med dev02'), null);
  const custom = compileRules({
    extraction: resolveExtraction({ headings: { plan: ['sprint.*', 'mål$'] } }),
  }).headings;
  assert.equal(custom.classOf('Sprintmål'), 'plan');
  assert.equal(custom.classOf('Mål'), 'plan');
  assert.equal(custom.classOf('Målsetting'), null);
  // Chinese has no spaces between words: `计划外停机` (unplanned outage) still matches `计划` as a prefix.
  assert.equal(headings.classOf('计划外停机'), 'plan');
});

// The edge trimming is linear per pass over the rest of the line: a megabyte-long heading of symbols took hours.
test('only the first 200 characters of a heading are compared, so a megabyte-long heading is classed at once', () => {
  const long = `Next steps ${'+'.repeat(1_000_000)} x`;
  assert.equal(headings.classOf(long), 'plan');
  assert.equal(comparableHeading(long), 'next steps');
});
