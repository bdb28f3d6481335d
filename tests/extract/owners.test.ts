import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileRoster, findOwners } from '../../src/extract/owners.ts';

const roster = compileRoster({
  Trond: 'trond_f',
  Raymond: 'raymondk',
  'Anne Berg': 'anneb',
  张伟: 'zhangwei',
});

test('owners are roster names in the trailing parentheses, in order, spelled as in the roster', () => {
  assert.deepEqual(findOwners('Sikkerhet(Raymond/Trond)', undefined, roster), ['Raymond', 'Trond']);
  assert.deepEqual(findOwners('Brukerdokumentasjon (trond).', undefined, roster), ['Trond']);
  assert.deepEqual(findOwners('Rotate keys (anne berg, Raymond)', undefined, roster), [
    'Anne Berg',
    'Raymond',
  ]);
  assert.deepEqual(findOwners('更新用户文档（张伟负责）', undefined, roster), ['张伟']);
});

test("a marker's owner counts, and is not repeated", () => {
  assert.deepEqual(findOwners('write SLA', 'raymond', roster), ['Raymond']);
  assert.deepEqual(findOwners('write SLA (Trond, Raymond)', 'Raymond', roster), ['Raymond', 'Trond']);
});

test('names outside trailing parentheses, unknown names and partial words are not owners', () => {
  assert.deepEqual(findOwners('Trond skal fortelle om tjenesten', undefined, roster), []);
  assert.deepEqual(findOwners('Dok(Brukerdok=Trond). Dokumentasjon av rutiner', undefined, roster), []);
  assert.deepEqual(findOwners('Logging (Hege)', undefined, roster), []);
  assert.deepEqual(findOwners('Budget (Raymonds draft)', undefined, roster), []);
});

test('without a roster there are no owners', () => {
  assert.deepEqual(findOwners('Sikkerhet(Mikael/Trond)', 'trond', compileRoster({})), []);
});
