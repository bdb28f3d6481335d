import { randomUUID } from 'node:crypto';
import type { Logger } from '../log/logger.ts';

/** What one run gets: its id, a logger that stamps the id on every line, and the worker's stop signal. */
export interface RunContext {
  runId: string;
  logger: Logger;
  signal: AbortSignal;
}

/** What a run reports: its counts, and why it counts as failed although it finished (some changes failed). */
export interface JobResult {
  summary: object;
  failure?: string;
}

/** One sync run. It throws when it could not run at all. */
export type SyncJob = (run: RunContext) => Promise<JobResult>;

export type RunTrigger = 'start' | 'schedule';

export interface RunRecord {
  runId: string;
  trigger: RunTrigger;
  startedAt: string;
  finishedAt: string;
  outcome: 'ok' | 'failed' | 'stopped';
  summary: object | null;
  error: string | null;
}

/** Runs the job one at a time and remembers how the last run went. */
export interface RunTracker {
  /** Starts a run unless one is in flight; resolves to its record, or to null when it was skipped. */
  trigger(trigger: RunTrigger): Promise<RunRecord | null>;
  lastRun(): RunRecord | null;
  /** Resolves once no run is in flight. */
  idle(): Promise<void>;
}

export interface RunTrackerOptions {
  job: SyncJob;
  logger: Logger;
  /** Fires when the worker stops; passed to each run so it can stop between requests. */
  signal: AbortSignal;
  now: () => Date;
  /** Told when a run starts and when it has finished (the metrics). */
  onStart?: () => void;
  onFinish?: (record: RunRecord) => void;
}

export function createRunTracker(options: RunTrackerOptions): RunTracker {
  const { job, logger, signal, now } = options;
  let inFlight: { runId: string; done: Promise<RunRecord> } | null = null;
  let last: RunRecord | null = null;

  async function run(runId: string, trigger: RunTrigger): Promise<RunRecord> {
    const runLogger = logger.child({ runId });
    const startedAt = now();
    runLogger.debug({ trigger }, 'run started');
    options.onStart?.();
    let summary: object | null = null;
    let message: string | null = null;
    try {
      const result = await job({ runId, logger: runLogger, signal });
      summary = result.summary;
      message = result.failure ?? null;
    } catch (error) {
      message = error instanceof Error ? error.message : String(error);
      runLogger.debug({ err: error }, 'run error in detail');
    }
    const finishedAt = now();
    const outcome = signal.aborted ? 'stopped' : message === null ? 'ok' : 'failed';
    const record: RunRecord = {
      runId,
      trigger,
      startedAt: startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
      outcome,
      summary,
      error: message,
    };
    last = record;
    options.onFinish?.(record);
    // The one summary line of the run. Only the message of an error: a raw error may quote a request URL.
    const line = {
      trigger,
      outcome,
      durationMs: finishedAt.getTime() - startedAt.getTime(),
      summary,
      error: message,
    };
    if (outcome === 'failed') runLogger.error(line, 'run failed');
    else runLogger.info(line, outcome === 'stopped' ? 'run stopped' : 'run finished');
    return record;
  }

  return {
    trigger(trigger) {
      if (inFlight) {
        logger.warn({ runId: inFlight.runId, trigger }, 'run skipped: the previous run is still in progress');
        return Promise.resolve(null);
      }
      if (signal.aborted) return Promise.resolve(null);
      const runId = randomUUID();
      const done = run(runId, trigger).finally(() => (inFlight = null));
      inFlight = { runId, done };
      return done;
    },
    lastRun: () => last,
    idle: () => inFlight?.done.then(() => undefined) ?? Promise.resolve(),
  };
}
