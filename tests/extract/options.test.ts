import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError } from '../../src/errors.ts';
import { compileRules, DEFAULT_EXTRACTION } from '../../src/extract/options.ts';

const rules = compileRules();

test('default plan headings cover every language of the contract', () => {
  for (const heading of [
    'Planlagte aktiviteter',
    'Planlagt fremdrift',
    'Planlagt framdrift',
    'Tentative fremdrift',
    'Kommende aktiviteter:',
    'Uprioriterte oppgaver:',
    'Next steps',
    'Plans for Q3',
    'Roadmap 2025',
    'Activités prévues',
    'Prochaines étapes',
    'À venir',
    'Geplante Aktivitäten',
    'Nächste Schritte',
    '下周计划',
    '后续工作',
  ]) {
    assert.ok(rules.isPlanHeading(heading), heading);
  }
});

test('headings that only resemble plan headings are not plan headings', () => {
  for (const heading of [
    'Videre arbeid med dev02 testanlegg',
    'Planning poker',
    'Task tracking',
    'Pågående aktiviteter',
    'Implementasjon',
  ]) {
    assert.ok(!rules.isPlanHeading(heading), heading);
  }
});

test('task-list headings are compared ignoring case, surrounding space and a trailing colon', () => {
  for (const heading of [
    'Todo-liste',
    ' TO DO: ',
    'Action items',
    'À faire',
    'Actions à mener',
    '待办事项',
    '行动项',
  ]) {
    assert.ok(rules.isTaskListHeading(heading), heading);
  }
  // A decomposed accent (as some editors save it) is the same heading.
  assert.ok(rules.isTaskListHeading('A\u0300 faire'));
});

test('configured headings replace the defaults; an empty list matches nothing', () => {
  const custom = compileRules({
    extraction: { ...DEFAULT_EXTRACTION, planHeadings: ['sprint goals'], taskListHeadings: [] },
  });
  assert.ok(custom.isPlanHeading('Sprint goals:'));
  assert.ok(!custom.isPlanHeading('Planned activities'));
  assert.ok(!custom.isTaskListHeading('Todo'));
  assert.ok(!custom.isTaskListHeading(''));
});

test('an invalid pattern is a ConfigError naming the field, the pattern and the fix', () => {
  assert.throws(
    () =>
      compileRules({ extraction: { ...DEFAULT_EXTRACTION, taskListHeadings: ['todo', 'action (items'] } }),
    (error: unknown) =>
      error instanceof ConfigError &&
      /extraction\.taskListHeadings\[1\]/.test(error.message) &&
      error.message.includes('"action (items"') &&
      /escape/.test(error.message),
  );
});

test('a Latin-script heading pattern must end at a word boundary', () => {
  for (const heading of [
    'To do',
    'To do:',
    'TODO',
    'To-do list',
    'Todo-liste',
    'Action items',
    'Action item 3',
  ]) {
    assert.ok(rules.isTaskListHeading(heading), heading);
  }
  for (const heading of ['To document the API', 'Today', 'Action itemised']) {
    assert.ok(!rules.isTaskListHeading(heading), heading);
  }
  for (const heading of [
    'Next week',
    'Next week (w15)',
    'Plans for Q3',
    'Roadmap 2025',
    'Arbeidsplan høst 2018',
  ]) {
    assert.ok(rules.isPlanHeading(heading), heading);
  }
  for (const heading of ['Next weekend', 'Future workshop', 'Planning poker']) {
    assert.ok(!rules.isPlanHeading(heading), heading);
  }
});

test('patterns ending in `$` or `.*`, and Chinese patterns, keep their own matching', () => {
  assert.ok(rules.isPlanHeading('Videre arbeid'));
  assert.ok(!rules.isPlanHeading('Videre arbeid med dev02'));
  // `.*oppgaver`: anything before, a word boundary after.
  assert.ok(rules.isPlanHeading('Uprioriterte oppgaver'));
  const custom = compileRules({
    extraction: { ...DEFAULT_EXTRACTION, planHeadings: ['sprint.*', 'mål$'], taskListHeadings: ['todo'] },
  });
  assert.ok(custom.isPlanHeading('Sprintmål'));
  assert.ok(custom.isPlanHeading('Mål'));
  assert.ok(!custom.isPlanHeading('Målsetting'));
  // Chinese is written without spaces between words, so no boundary is required after a Han
  // pattern: `计划外停机` (unplanned outage) still matches `计划` (left as is, by decision).
  assert.ok(rules.isPlanHeading('下周计划'));
  assert.ok(rules.isPlanHeading('计划外停机'));
  assert.ok(rules.isTaskListHeading('待办事项'));
});
