import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StateError } from '../../src/errors.ts';
import { installIdFrom } from '../../src/plan/install.ts';
import { emptySyncState } from '../../src/state/sync-state.ts';
import { installOf } from '../../src/sync/install.ts';

const STATE = '/data/state.json';

test('a new state file gets the id of its place: this host and the state file path', () => {
  const id = installOf(STATE, emptySyncState(), 'container-1');
  assert.equal(id, installIdFrom({ host: 'container-1', stateFile: STATE }));
  assert.equal(
    installOf(STATE, emptySyncState(), 'container-1'),
    id,
    'made again in the same place: the same',
  );
  assert.notEqual(installOf(STATE, emptySyncState(), 'container-2'), id, 'another host: another install');
  assert.notEqual(installOf('/data/other.json', emptySyncState(), 'container-1'), id);
});

test('a state file keeps the id it was given, wherever it is read (a new hostname, a moved file)', () => {
  const state = { ...emptySyncState(), install: '0badf00d' };
  assert.equal(installOf(STATE, state, 'container-2'), '0badf00d');
  assert.equal(installOf('/elsewhere/state.json', state, 'laptop'), '0badf00d');
});

test('a state file from before installs were told apart (no install) reads as a new one of its place', () => {
  const { install: _install, ...old } = emptySyncState();
  assert.equal(
    installOf(STATE, old as ReturnType<typeof emptySyncState>, 'laptop'),
    installIdFrom({ host: 'laptop', stateFile: STATE }),
  );
});

test('an install edited into something else is refused, naming the file and the fix', () => {
  assert.throws(
    () => installOf(STATE, { ...emptySyncState(), install: 'laptop' }, 'h'),
    (error: unknown) =>
      error instanceof StateError && /\/data\/state\.json names its install "laptop"/.test(error.message),
  );
});
