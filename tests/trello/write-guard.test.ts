// The fence in front of the board: writes are checked, reads are not, and a wait in the client ends with a check.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { StateError } from '../../src/errors.ts';
import { guardClock, guardGateway, WriteGuard } from '../../src/trello/write-guard.ts';
import { FakeGateway } from '../helpers/fake-gateway.ts';

const lost = () => Promise.reject(new StateError('lost the lock'));

test('a guarded gateway refuses every write once the guard fails, and still reads', async () => {
  const fake = new FakeGateway();
  const guard = new WriteGuard();
  const gateway = guardGateway(fake, guard);
  await guard.while(lost, async () => {
    await assert.rejects(gateway.createList(fake.boardRef.id, 'TODO'), /lost the lock/);
    await assert.rejects(gateway.updateCard('c', { name: 'x' }), /lost the lock/);
    await gateway.snapshot(fake.boardRef.id);
  });
  assert.deepEqual(fake.calls, ['snapshot'], 'no write reached the board');
  await gateway.createList(fake.boardRef.id, 'TODO'); // the check ended with the run
  assert.deepEqual(fake.calls, ['snapshot', 'createList']);
});

test("a guarded clock checks when it wakes, so a wait in the client's pacer ends in the guard's error", async () => {
  const guard = new WriteGuard();
  const slept: number[] = [];
  const clock = guardClock({ now: () => 0, sleep: async (ms) => void slept.push(ms) }, guard);
  await clock.sleep(5);
  await guard.while(lost, () => assert.rejects(clock.sleep(7), StateError));
  assert.deepEqual(slept, [5, 7], 'it slept, then checked');
});
