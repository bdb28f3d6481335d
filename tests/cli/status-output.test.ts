// What `status` says of a state whose last writes were not all confirmed:
// creates without their card id, and writes recorded before they were sent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatStatus, syncStatus } from '../../src/cli/output/status.ts';
import { emptySyncState, type CardRecord, type SyncState } from '../../src/state/sync-state.ts';
import { RECORD } from '../plan/item-fixture.ts';

const BOARD = { ref: 'AbCd1234', id: 'b1', name: 'Team', url: 'https://trello.com/b/AbCd1234/team' };

function stateWith(cards: Record<string, CardRecord>): SyncState {
  return { ...emptySyncState(), board: BOARD, cards };
}

const pendingUpdate: CardRecord = {
  ...RECORD,
  cardId: 'c2',
  pending: {
    fields: { name: { name: 'Renamed in the report' } },
    closed: null,
    then: {
      kind: RECORD.kind,
      title: 'Renamed in the report',
      sources: RECORD.sources,
      tombstone: null,
      archivedBySync: false,
      vanishedNoticeAt: null,
      doneIn: null,
    },
  },
};

test('status counts unconfirmed creates and pending writes apart, and names both on one line', () => {
  const status = syncStatus(
    stateWith({ settled: RECORD, created: { ...RECORD, cardId: null }, updated: pendingUpdate }),
    null,
  );
  assert.equal(status.pendingCreates, 1);
  assert.equal(status.pendingWrites, 1);
  assert.match(
    formatStatus(status, 'state.json'),
    /^Pending: {6}1 create\(s\) and 1 write\(s\) to confirm on the next sync$/m,
  );
});

test('status of a settled state has no pending line', () => {
  const text = formatStatus(syncStatus(stateWith({ settled: RECORD }), null), 'state.json');
  assert.doesNotMatch(text, /Pending/);
  assert.match(text, /^Cards: {8}1$/m);
});
