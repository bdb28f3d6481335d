import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StateError } from '../../src/errors.ts';
import { silentLogger } from '../../src/log/logger.ts';
import type { SyncState } from '../../src/state/sync-state.ts';
import { applyPlan } from '../../src/apply/index.ts';
import { parseMarker } from '../../src/plan/marker.ts';
import type { ReportInput } from '../../src/plan/types.ts';
import { requestStopped } from '../../src/trello/errors.ts';
import type { NewCard, TrelloCard } from '../../src/trello/types.ts';
import { FakeGateway } from '../helpers/fake-gateway.ts';
import {
  NOW,
  emptySyncState,
  item,
  plan,
  report,
  settings,
  sync,
  unchanged,
  writes,
} from './core-helpers.ts';

const items = [
  item('Oppgradere til Openstack Newton', { checklist: ['dev', 'test', 'prod'] }),
  item('IPv6 til instanser'),
  item('DNS', { kind: 'todo' }),
  item('Privatnett', { kind: 'todo', checklist: ['VLAN'] }),
];
const reports = [report('a.rst', items.slice(0, 3)), report('b.rst', items.slice(1))];

/** Reports as the next run sees them after `state`: synced ones unchanged, the others changed. */
function seenAfter(state: SyncState, all: ReportInput[]): ReportInput[] {
  return all.map((r) => ({
    ...r,
    status: state.reports[r.id]?.hash === r.record.hash ? 'unchanged' : 'changed',
  }));
}

function assertBoardMatchesState(gw: FakeGateway, state: SyncState): void {
  const markers = gw.cards.map((c) => parseMarker(c.desc));
  assert.equal(new Set(markers).size, markers.length, 'no two cards for one item');
  assert.deepEqual(new Set(markers), new Set(items.map((i) => i.key)));
  for (const i of items) {
    const record = state.cards[i.key];
    const card = gw.cards.find((c) => c.id === record?.cardId);
    assert.equal(card && parseMarker(card.desc), i.key, `state maps ${i.text} to its card`);
  }
  for (const checklistOwner of [items[0], items[3]]) {
    const id = state.cards[checklistOwner?.key ?? '']?.cardId;
    assert.equal(gw.checklists.filter((c) => c.idCard === id).length, 1, 'one checklist per card');
  }
}

test('a create whose answer is lost is found by its marker, not made twice', async () => {
  const gw = new FakeGateway();
  gw.failNext('createCard', 'lost-answer');
  gw.failNext('createList', 'lost-answer');
  gw.failNext('addChecklist', 'lost-answer');
  const result = await sync(gw, emptySyncState(), reports);
  assert.deepEqual(result.failures, []);
  assert.equal(gw.lists.filter((l) => l.name === 'Planned').length, 1);
  assertBoardMatchesState(gw, result.state);
});

test('killed at every checkpoint in turn, a rerun ends with one card per item and a state that matches', async () => {
  const clean = await sync(new FakeGateway(), emptySyncState(), reports);
  for (let killAt = 1; killAt <= clean.checkpoints; killAt++) {
    const gw = new FakeGateway();
    let persisted = emptySyncState();
    let saves = 0;
    const killed = applyPlan(await plan(gw, persisted, reports), persisted, {
      gateway: gw,
      checkpoint: async (state) => {
        if (++saves >= killAt) throw new StateError('killed');
        persisted = structuredClone(state);
      },
      logger: silentLogger(),
      now: () => NOW,
    });
    await assert.rejects(killed, StateError);
    const rerun = await sync(gw, persisted, seenAfter(persisted, reports));
    assert.deepEqual(rerun.failures, [], `kill at checkpoint ${killAt}`);
    assertBoardMatchesState(gw, rerun.state);
    const after = await plan(gw, rerun.state, unchanged(reports));
    assert.deepEqual(writes(after), [], `nothing left to do after kill at ${killAt}`);
  }
});

test('with the state file lost, the next run rebuilds the mapping from markers and creates nothing', async () => {
  const gw = new FakeGateway();
  await sync(gw, emptySyncState(), reports);
  const cardsBefore = structuredClone(gw.cards);
  const rebuilt = await sync(gw, emptySyncState(), reports);
  assert.equal(rebuilt.counts.created, 0);
  assert.deepEqual(writes(rebuilt.plan), []);
  assert.deepEqual(gw.cards, cardsBefore);
  assertBoardMatchesState(gw, rebuilt.state);
});

test('a person rename survives a lost state file', async () => {
  const gw = new FakeGateway();
  const first = await sync(gw, emptySyncState(), reports);
  const id = first.state.cards[items[1]?.key ?? '']?.cardId ?? '';
  gw.personEdits(id, { name: 'Renamed by a person' });
  const rebuilt = await sync(gw, emptySyncState(), reports);
  assert.equal(gw.cards.find((c) => c.id === id)?.name, 'Renamed by a person');
  assert.deepEqual(rebuilt.state.cards[items[1]?.key ?? '']?.personFields, ['name']);
});

test('a checklist cut short by a lost answer is completed, not made twice', async () => {
  const gw = new FakeGateway();
  gw.failNext('addChecklist', 'cut-short');
  const result = await sync(gw, emptySyncState(), reports);
  assert.deepEqual(result.failures, []);
  assertBoardMatchesState(gw, result.state);
  const cardId = result.state.cards[items[0]?.key ?? '']?.cardId;
  assert.deepEqual(
    gw.checklists.filter((c) => c.idCard === cardId).map((c) => c.checkItems.map((i) => i.name)),
    [['dev', 'test', 'prod']],
  );
});

const web01 = item('Patch server web01 kernel');
const other = item('Oppgradere til Openstack Newton');

function withIntent(state: SyncState, key: string): SyncState {
  const copy = structuredClone(state);
  const record = copy.cards[key];
  assert.ok(record);
  copy.cards[key] = { ...record, cardId: null };
  return copy;
}

test('a leftover create intent of an item gone from the reports is dropped when no card carries its marker', async () => {
  const gw = new FakeGateway();
  const first = await sync(gw, emptySyncState(), [report('r.rst', [web01, other])]);
  gw.personDeletes(first.state.cards[web01.key]?.cardId ?? '');
  const state = withIntent(first.state, web01.key);
  const next = await sync(gw, state, [report('r.rst', [other])]);
  assert.equal(next.state.cards[web01.key], undefined);
  assert.deepEqual(
    Object.values(next.state.cards).filter((c) => c.cardId === null),
    [],
  );
});

test('a leftover create intent whose card exists is adopted and the vanished policy applies', async () => {
  const gw = new FakeGateway();
  const archive = { settings: settings({ vanished: 'archive' }) };
  const first = await sync(gw, emptySyncState(), [report('r.rst', [web01, other])], archive);
  const cardId = first.state.cards[web01.key]?.cardId;
  const state = withIntent(first.state, web01.key);
  state.reports = {};
  const next = await sync(gw, state, [report('r.rst', [other])], archive);
  assert.equal(next.state.cards[web01.key]?.cardId, cardId);
  assert.equal(gw.cards.find((c) => c.id === cardId)?.closed, true);
  assert.equal(next.state.cards[web01.key]?.archivedBySync, true);
});

test('a checkpoint that fails with any error (EROFS here) stops the applier before its next write', async () => {
  const gw = new FakeGateway();
  const made = await plan(gw, emptySyncState(), reports);
  let saves = 0;
  const applying = applyPlan(made, emptySyncState(), {
    gateway: gw,
    checkpoint: async () => {
      if (++saves === 3)
        throw Object.assign(new Error('EROFS: read-only file system, open'), { code: 'EROFS' });
    },
    logger: silentLogger(),
    now: () => NOW,
  });
  await assert.rejects(applying, (error: unknown) => {
    assert.ok(error instanceof StateError);
    assert.match(error.message, /^The state could not be saved: EROFS/);
    return true;
  });
  // Saves 1 and 2 are the first card's intent and id; save 3, the second card's intent, failed before its create.
  assert.equal(saves, 3, 'no save was tried after the one that failed');
  assert.deepEqual(
    gw.calls.filter((m) => m === 'createCard'),
    ['createCard'],
    'and no card created after it',
  );
  assert.equal(gw.calls.at(-1), 'createCard', `nothing written after it (${gw.calls.join(', ')})`);
});

/** A Trello that gets the stop (SIGTERM) while the n-th create is in flight: made on the board or not, its answer is lost. */
class StoppedMidCreate extends FakeGateway {
  readonly stop = new AbortController();
  #creates = 0;
  readonly #at: number;
  readonly #landed: boolean;
  constructor(at: number, landed: boolean) {
    super();
    this.#at = at;
    this.#landed = landed;
  }
  override async createCard(card: NewCard): Promise<TrelloCard> {
    if (++this.#creates === this.#at) {
      if (this.#landed) await super.createCard(card);
      this.stop.abort('SIGTERM');
      throw requestStopped({ method: 'POST', path: '/cards' }, true, 'SIGTERM');
    }
    return super.createCard(card);
  }
}

for (const landed of [true, false]) {
  test(`a create aborted by a stop (${landed ? 'made' : 'not made'} on the board) is no failure: its intent stays, and the next run ${landed ? 'finds its card by marker' : 'makes it once'}`, async () => {
    const gw = new StoppedMidCreate(2, landed);
    let persisted = emptySyncState();
    const result = await applyPlan(await plan(gw, persisted, reports), persisted, {
      gateway: gw,
      checkpoint: async (state) => {
        persisted = structuredClone(state);
      },
      logger: silentLogger(),
      now: () => NOW,
      signal: gw.stop.signal,
    });
    assert.deepEqual(result.failures, [], 'nothing recorded as failed');
    assert.equal(result.interrupted, true);
    const intents = Object.values(persisted.cards).filter((c) => c.cardId === null);
    assert.equal(intents.length, 1, 'the create in doubt is remembered as an intent, nothing more');
    assert.deepEqual(persisted.reports, {}, 'no report recorded as synced');
    const cardsBefore = gw.cards.length;

    const rerun = await sync(gw, persisted, seenAfter(persisted, reports));
    assert.deepEqual(rerun.failures, []);
    assert.equal(rerun.counts.created, items.length - cardsBefore);
    assertBoardMatchesState(gw, rerun.state);
  });
}

test('a done item whose card was completed says "Done in" once, also after a lost state file', async () => {
  const gw = new FakeGateway();
  const open = report('a.rst', [item('Bytte ut svitsjene')], 'changed', { date: '2024-05-01' });
  const done = report('b.rst', [item('Bytte ut svitsjene', { status: 'done' })], 'changed', {
    date: '2024-05-08',
  });
  const first = await sync(gw, emptySyncState(), [open]);
  await sync(gw, first.state, [open, done]);
  const announced = () => gw.comments.filter((c) => c.text.startsWith('Done in')).length;
  assert.equal(announced(), 1);
  const rebuilt = await sync(gw, emptySyncState(), [open, done]);
  assert.equal(announced(), 1, 'not announced again');
  assert.deepEqual(writes(rebuilt.plan), []);
});
