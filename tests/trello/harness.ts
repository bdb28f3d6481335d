import type { TestContext } from 'node:test';
import type { RunningEmulator } from '../../src/emulator/index.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { createTrelloGateway, type TrelloGatewayOptions } from '../../src/trello/gateway.ts';
import type { BoardHistory, TrelloGateway } from '../../src/trello/types.ts';
import { withEmulator, type TestEmulatorOptions } from '../helpers/emulator.ts';
import { type VirtualClock, virtualClock } from './virtual-clock.ts';

export interface Harness {
  emulator: RunningEmulator;
  gateway: TrelloGateway & BoardHistory;
  clock: VirtualClock;
  /** Virtual time at which each HTTP request left, in order. */
  sentAt: number[];
  /** The URL of each HTTP request, as the emulator receives it, in order. */
  urls: string[];
  /** The first open list of the emulator's board. */
  listId: string;
}

/**
 * A gateway talking to a real emulator over HTTP, on a virtual clock (so
 * pacing and backoff cost no real time) with jitter fixed at its maximum.
 */
export async function harness(
  t: TestContext,
  gatewayOptions: Partial<TrelloGatewayOptions> = {},
  emulatorOptions: TestEmulatorOptions = {},
): Promise<Harness> {
  const emulator = await withEmulator(t, { rateLimit: false, ...emulatorOptions });
  const clock = virtualClock();
  const sentAt: number[] = [];
  const urls: string[] = [];
  const recordingFetch: typeof fetch = (input, init) => {
    sentAt.push(clock.now());
    urls.push(input instanceof Request ? input.url : String(input));
    return fetch(input, init);
  };
  const base = { apiUrl: emulator.url, key: emulator.key, token: emulator.token, logger: silentLogger() };
  // The list is looked up by a separate gateway, so the one under test starts with no request paced or counted.
  const setup = await createTrelloGateway(base).snapshot(emulator.board.id);
  const list = setup.lists.find((l) => !l.closed);
  if (!list) throw new Error('the emulator board has no open list');
  emulator.resetStats();
  const gateway = createTrelloGateway({
    ...base,
    clock,
    random: () => 0.999,
    fetch: recordingFetch,
    ...gatewayOptions,
  });
  return { emulator, gateway, clock, sentAt, urls, listId: list.id };
}

/** A new card's fields with defaults. */
export function newCard(idList: string, name: string, desc = '') {
  return { idList, name, desc, idLabels: [], idMembers: [] };
}
