import { type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestContext } from 'node:test';
import { type Sample, routeOf } from './samples.ts';

/** Routes the gateway calls whose recorded samples were made on a sibling route of the same resource (SOURCES.md). */
const SAME_AS: Record<string, string> = {
  'POST /1/boards/:id/lists': 'POST /1/lists',
  'POST /1/boards/:id/labels': 'POST /1/labels',
};

export interface ReplayServer {
  apiUrl: string;
  /** Which recorded sample answers a route (`GET /1/boards/:id/cards`) from now on. */
  serve(route: string, sample: Sample): void;
  /** Routes requested so far, in order. */
  requested: string[];
}

function write(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const type = typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8';
  res.writeHead(status, { ...headers, 'content-type': type }).end(text);
}

/**
 * A server on 127.0.0.1 that answers each route with the recorded sample
 * assigned to it: status, rate-limit headers and body byte for byte. A batch
 * is answered from the samples of its inner routes, as Trello composes one.
 * A route without a sample is a test bug, answered 501 so it shows.
 */
export async function replayServer(t: TestContext): Promise<ReplayServer> {
  const served = new Map<string, Sample>();
  const requested: string[] = [];
  const lookup = (route: string) => served.get(route) ?? served.get(SAME_AS[route] ?? '');
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://replay.invalid');
      const route = routeOf(req.method ?? 'GET', url.pathname);
      requested.push(route);
      if (route === 'GET /1/batch' && !served.has(route)) {
        const inner = (url.searchParams.get('urls') ?? '').split(',').map((u) => {
          const found = lookup(routeOf('GET', `/1${new URL(u, 'http://x').pathname}`));
          return found ? { [found.response.status]: found.response.body } : { 501: `no sample for ${u}` };
        });
        return write(res, 200, inner, {});
      }
      const found = lookup(route);
      if (!found) return write(res, 501, `no recorded sample for ${route}`, {});
      const { 'content-type': _type, ...headers } = found.response.headers;
      return write(res, found.response.status, found.response.body, headers);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const { port } = server.address() as AddressInfo;
  return {
    apiUrl: `http://127.0.0.1:${port}/1`,
    serve: (route, sample) => served.set(route, sample),
    requested,
  };
}
