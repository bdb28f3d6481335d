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
  /**
   * Without the error's text: the endpoint answers anyone who can reach the
   * port (every interface, in a container), and the text is in the log.
   */
  lastRun: Omit<RunRecord, 'error'> | null;
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
    lastRun: status.lastRun && withoutError(status.lastRun),
    dueAt: status.dueAt?.toISOString() ?? null,
    nextRun: status.nextRun?.toISOString() ?? null,
  };
}

function withoutError(record: RunRecord): Omit<RunRecord, 'error'> {
  const { error: _error, ...shown } = record;
  return shown;
}

export interface HealthServer {
  port: number;
  close(): Promise<void>;
}

export interface HealthEndpoints {
  health: () => HealthReport;
  /** Prometheus text exposition, for `GET /metrics`; absent, /metrics is 404. */
  metrics?: () => Promise<{ contentType: string; body: string }>;
}

/** Serves `GET /health` (200 with the report when healthy, 503 when not) and `GET /metrics`. */
export function startHealthServer(
  port: number,
  host: string,
  endpoints: HealthEndpoints,
): Promise<HealthServer> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const { metrics } = endpoints;
    if (path !== '/health' && !(path === '/metrics' && metrics)) return void response.writeHead(404).end();
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return void response.writeHead(405, { allow: 'GET, HEAD' }).end();
    const head = request.method === 'HEAD';
    if (path === '/metrics' && metrics) {
      void metrics().then(
        ({ contentType, body }) =>
          response
            .writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' })
            .end(head ? undefined : body),
        () => response.writeHead(500).end(),
      );
      return;
    }
    const body = endpoints.health();
    response.writeHead(body.healthy ? 200 : 503, {
      'content-type': 'application/json',
      'cache-control': 'no-store',
    });
    response.end(head ? undefined : JSON.stringify(body));
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
