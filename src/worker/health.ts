import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RunRecord } from './runs.ts';

/** How long past its due time a run may finish before the worker counts as overdue. */
const DEFAULT_OVERDUE_GRACE_MS = 10 * 60_000;

export interface WorkerStatus {
  lastRun: RunRecord | null;
  /** When the next run was due, as known when the last run finished (or the worker started). */
  dueAt: Date | null;
  nextRun: Date | null;
}

export interface HealthReport {
  status: 'starting' | 'ok' | 'failing' | 'overdue';
  healthy: boolean;
  checkedAt: string;
  lastRun: RunRecord | null;
  dueAt: string | null;
  nextRun: string | null;
}

/**
 * Overdue means the run that was due at `dueAt` has not finished `graceMs` later:
 * the scheduler stalled or a run hangs. A failed last run is unhealthy too, until a
 * later run succeeds.
 */
export function assessHealth(
  status: WorkerStatus,
  now: Date,
  graceMs = DEFAULT_OVERDUE_GRACE_MS,
): HealthReport {
  const overdue = status.dueAt !== null && now.getTime() > status.dueAt.getTime() + graceMs;
  const lastOutcome = status.lastRun?.outcome;
  const state = overdue ? 'overdue' : lastOutcome === 'failed' ? 'failing' : lastOutcome ? 'ok' : 'starting';
  return {
    status: state,
    healthy: state === 'ok' || state === 'starting',
    checkedAt: now.toISOString(),
    lastRun: status.lastRun,
    dueAt: status.dueAt?.toISOString() ?? null,
    nextRun: status.nextRun?.toISOString() ?? null,
  };
}

export interface HealthServer {
  port: number;
  close(): Promise<void>;
}

/** Serves `GET /health`: 200 with the report when healthy, 503 when not. */
export function startHealthServer(
  port: number,
  host: string,
  report: () => HealthReport,
): Promise<HealthServer> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== '/health') return void response.writeHead(404).end();
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return void response.writeHead(405, { allow: 'GET, HEAD' }).end();
    const body = report();
    response.writeHead(body.healthy ? 200 : 503, {
      'content-type': 'application/json',
      'cache-control': 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : JSON.stringify(body));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve({
        port: (server.address() as AddressInfo).port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
