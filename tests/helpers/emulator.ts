import type { TestContext } from 'node:test';
import {
  type EmulatorOptions,
  type RunningEmulator,
  TRELLO_RATE_LIMIT,
  startEmulator,
} from '../../src/emulator/index.ts';

/**
 * Rate limits shaped like Trello's but over a 200 ms window, so a test that
 * bursts does not wait 10 s. Tests about rate limiting ask for `realRateLimits`.
 */
export const FAST_RATE_LIMIT = { windowMs: 200, perToken: 100, perKey: 300 } as const;

export interface TestEmulatorOptions extends EmulatorOptions {
  /** Use Trello's real numbers (100 / 300 per 10 s) instead of the 200 ms window. */
  realRateLimits?: boolean;
}

/** Starts an emulator on a random port for one test and closes it when the test ends. */
export async function withEmulator(
  t: TestContext,
  options: TestEmulatorOptions = {},
): Promise<RunningEmulator> {
  const { realRateLimits, ...rest } = options;
  const emulator = await startEmulator({
    ...rest,
    rateLimit: rest.rateLimit ?? (realRateLimits ? TRELLO_RATE_LIMIT : FAST_RATE_LIMIT),
  });
  t.after(() => emulator.close());
  return emulator;
}

/** Query string with the emulator's credentials, for raw fetch calls. */
export function authQuery(
  emulator: Pick<RunningEmulator, 'key' | 'token'>,
  extra: Record<string, string> = {},
): string {
  return new URLSearchParams({ ...extra, key: emulator.key, token: emulator.token }).toString();
}
