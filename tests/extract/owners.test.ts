// Owners (docs/extraction.md, "Owners"): roster names, @handles, person groups.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  compileRoster,
  handlesIn,
  isPersonGroup,
  rosterOwners,
  splitNames,
} from '../../src/extract/owners.ts';

const roster = compileRoster({
  Trond: 'trond_f',
  Raymond: 'raymondk',
  'Anne Berg': 'anneb',
  张伟: 'zhangwei',
});

test('roster names in the trailing parentheses, in order, spelled as in the roster', () => {
  assert.deepEqual(rosterOwners('Sikkerhet(Raymond/Trond)', roster), ['Raymond', 'Trond']);
  assert.deepEqual(rosterOwners('Brukerdokumentasjon (trond).', roster), ['Trond']);
  assert.deepEqual(rosterOwners('Rotate keys (anne berg and Raymond)', roster), ['Anne Berg', 'Raymond']);
  assert.deepEqual(rosterOwners('Rotate keys (Trond og Raymond)', roster), ['Trond', 'Raymond']);
  assert.deepEqual(rosterOwners('更新用户文档（张伟）', roster), ['张伟']);
});

test('a leading `Name:`, `Name to …` or `Name will …` is an owner when the roster knows the name', () => {
  assert.deepEqual(rosterOwners('Trond: svarer STI', roster), ['Trond']);
  assert.deepEqual(rosterOwners('Raymond to fix the build', roster), ['Raymond']);
  assert.deepEqual(rosterOwners('Anne Berg will rotate the keys', roster), ['Anne Berg']);
  assert.deepEqual(rosterOwners('Hege: svarer STI', roster), []);
});

test('names elsewhere, unknown names and partial words are not owners; without a roster nothing is', () => {
  assert.deepEqual(rosterOwners('Trond skal fortelle om tjenesten', roster), []);
  assert.deepEqual(rosterOwners('Dok(Brukerdok=Trond). Dokumentasjon av rutiner', roster), []);
  assert.deepEqual(rosterOwners('Budget (Raymonds draft)', roster), []);
  assert.deepEqual(rosterOwners('Sikkerhet(Mikael/Trond)', compileRoster({})), []);
});

test('@handles are owners, kept with their @; not in an e-mail address, a URL or a code span', () => {
  assert.deepEqual(handlesIn('review the PR @lena and @jan-ivar_2'), ['@lena', '@jan-ivar_2']);
  assert.deepEqual(handlesIn('write to backlog@intersectmbo.org'), []);
  assert.deepEqual(handlesIn('see https://medium.com/@someone/post'), []);
  assert.deepEqual(handlesIn('annotate with @Override', ['@Override']), []);
  assert.deepEqual(handlesIn('a library @@@ maybe'), []);
});

test('person groups are one to three capitalised words or @handles', () => {
  for (const name of ['Peter', 'Jan Ivar', 'Marina Kühn', '@lena', "O'Brien", 'Jan-Ivar Berg'])
    assert.ok(isPersonGroup(name), name);
  for (const name of [
    'fix the proof',
    'Definere tjenester',
    'Teknisk:',
    'Pilot(20 april)',
    'A B C D',
    '仓库',
    'Q3',
    'Sprint 12',
  ])
    assert.ok(!isPersonGroup(name), name);
});

test('names in a cell or parentheses split at commas, slashes, ampersands and the word for "and"', () => {
  assert.deepEqual(splitNames('Anna, Bob & Clara / Dan und Eva et Fred 、张伟'), [
    'Anna',
    'Bob',
    'Clara',
    'Dan',
    'Eva',
    'Fred',
    '张伟',
  ]);
});
