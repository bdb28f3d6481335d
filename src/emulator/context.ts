import type { Logger } from '../log/logger.ts';
import type { Credentials } from './auth.ts';
import type { FaultInjector } from './faults.ts';
import type { MemberRecord } from './model.ts';
import type { Persistence } from './persistence.ts';
import type { RateLimiter } from './ratelimit.ts';
import type { Router } from './router.ts';
import type { Serializer } from './serialize.ts';
import type { StatsRecorder } from './stats.ts';
import type { Store } from './store.ts';

/** Everything one running emulator shares between its requests. */
export interface EmulatorContext {
  store: Store;
  /** The port the server listens on: the controls and the view check requests are addressed to it. */
  port: number;
  router: Router;
  json: Serializer;
  persistence: Persistence;
  credentials: readonly Credentials[];
  /** Every token belongs to this member, as several tokens of one Trello user would. */
  owner: MemberRecord;
  limiter: RateLimiter | undefined;
  faults: FaultInjector;
  stats: StatsRecorder;
  logger: Logger;
}
