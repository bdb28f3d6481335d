import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileRules, resolveExtraction } from '../../src/extract/options.ts';
import { readMarker as read } from '../../src/extract/markers.ts';
import type { MarkerPatterns } from '../../src/languages/markers.ts';

const rules = compileRules().markers;
const readMarker = (text: string, markers: MarkerPatterns) => read(text, markers);

test('a leading marker word with a colon, dash or full-width colon marks the rest of the text', () => {
  assert.deepEqual(readMarker('TODO: order disks', rules), { text: 'order disks' });
  assert.deepEqual(readMarker('FIXME - fix DNS', rules), { text: 'fix DNS' });
  assert.deepEqual(readMarker('TODO:renew the certificate.', rules), { text: 'renew the certificate.' });
  assert.deepEqual(readMarker('TODO：迁移数据库', rules), { text: '迁移数据库' });
  assert.deepEqual(readMarker('FIXME – décrire la procédure', rules), { text: 'décrire la procédure' });
});

test('a marker may name an owner in parentheses', () => {
  assert.deepEqual(readMarker('TODO(raymond): write SLA', rules), { text: 'write SLA', owner: 'raymond' });
  assert.deepEqual(readMarker('FIXME (Anne Berg) - rotate keys', rules), {
    text: 'rotate keys',
    owner: 'Anne Berg',
  });
});

test('a trailing marker word as the last token marks everything before it', () => {
  assert.deepEqual(readMarker('DNS TODO', rules), { text: 'DNS' });
  assert.deepEqual(readMarker('Begynne på SLA og terms of service for prod. TODO', rules), {
    text: 'Begynne på SLA og terms of service for prod.',
  });
  assert.deepEqual(readMarker('Golden images (vedlikeholdt) FIXME', rules), {
    text: 'Golden images (vedlikeholdt)',
  });
});

test('ToDo, Todo, ACTION, ACTION ITEM and AI (with a colon only) are marker words too', () => {
  assert.deepEqual(readMarker('ToDo: order disks', rules), { text: 'order disks' });
  assert.deepEqual(readMarker('Todo - order disks', rules), { text: 'order disks' });
  assert.deepEqual(readMarker('ACTION: nick to fix the build', rules), { text: 'nick to fix the build' });
  assert.deepEqual(readMarker('ACTION ITEM: send the minutes', rules), { text: 'send the minutes' });
  assert.deepEqual(readMarker('AI: renew the certificate', rules), { text: 'renew the certificate' });
  assert.equal(readMarker('AI - renew the certificate', rules), null);
  assert.equal(readMarker('AI will take our jobs', rules), null);
});

test('between the marker word and the separator may stand an owner: capitalised words or @handles', () => {
  assert.deepEqual(readMarker('TODO Marina Kühn: Kontakt aufnehmen', rules), {
    text: 'Kontakt aufnehmen',
    owner: 'Marina Kühn',
  });
  assert.deepEqual(readMarker('ACTION @lena: merge the branch', rules), {
    text: 'merge the branch',
    owner: '@lena',
  });
  assert.equal(readMarker('TODO fix the build: soon', rules), null);
});

test('marker words are matched as written and need a separator or the last position', () => {
  assert.equal(readMarker('todo: order disks', rules), null);
  assert.equal(readMarker('tOdO: order disks', rules), null);
  assert.equal(readMarker('TODO gjøres om til kort i trello.', rules), null);
  assert.equal(readMarker('TODO-liste for neste uke', rules), null);
  assert.equal(readMarker('The TODO list is long', rules), null);
  assert.equal(readMarker('Cleaned up the TODOS', rules), null);
  assert.equal(readMarker('MYTODO: not a marker word', rules), null);
  assert.equal(readMarker('wrote the PLANTODO', rules), null);
});

test('a marker with nothing to do is not an item', () => {
  assert.equal(readMarker('TODO', rules), null);
  assert.equal(readMarker('TODO:', rules), null);
  assert.equal(readMarker('FIXME -  ', rules), null);
});

test('marker words come from configuration', () => {
  const custom = compileRules({
    extraction: resolveExtraction({ markers: ['XXX', 'HACK'], trailingMarkers: ['HACK'] }),
  }).markers;
  assert.deepEqual(readMarker('XXX: remove the shim', custom), { text: 'remove the shim' });
  assert.deepEqual(readMarker('remove the shim HACK', custom), { text: 'remove the shim' });
  assert.equal(readMarker('TODO: not configured here', custom), null);
});

test('a trailing marker may be followed by closing punctuation, and a dangling separator before it goes', () => {
  assert.deepEqual(readMarker('DNS TODO.', rules), { text: 'DNS' });
  assert.deepEqual(readMarker('DNS TODO!', rules), { text: 'DNS' });
  assert.deepEqual(readMarker('Begynne på SLA for prod. TODO.', rules), { text: 'Begynne på SLA for prod.' });
  assert.deepEqual(readMarker('DNS - TODO', rules), { text: 'DNS' });
  assert.deepEqual(readMarker('DNS: FIXME', rules), { text: 'DNS' });
  assert.deepEqual(readMarker('aktiv-aktiv TODO', rules), { text: 'aktiv-aktiv' });
  assert.equal(readMarker('Is this a TODO?', rules), null);
  assert.equal(readMarker('TODO.', rules), null);
});

test('repeated separators after a leading marker are all consumed', () => {
  assert.deepEqual(readMarker('TODO:: order disks', rules), { text: 'order disks' });
  assert.deepEqual(readMarker('TODO: - order disks', rules), { text: 'order disks' });
  assert.deepEqual(readMarker('FIXME -- order disks', rules), { text: 'order disks' });
  assert.deepEqual(readMarker('TODO(ann) :: order disks', rules), { text: 'order disks', owner: 'ann' });
  assert.equal(readMarker('TODO::', rules), null);
});

test('a dash separates when a space stands on either side of it, so `TODO-liste` stays prose', () => {
  assert.deepEqual(readMarker('FIXME - fix DNS', rules), { text: 'fix DNS' });
  assert.deepEqual(readMarker('TODO -fix DNS', rules), { text: 'fix DNS' });
  assert.deepEqual(readMarker('TODO- fix DNS', rules), { text: 'fix DNS' });
  assert.deepEqual(readMarker('TODO — fix DNS', rules), { text: 'fix DNS' });
  assert.equal(readMarker('FIXME-fix DNS', rules), null);
  assert.equal(readMarker('TODO-liste', rules), null);
  assert.equal(readMarker('TODO-liste for neste uke', rules), null);
});
