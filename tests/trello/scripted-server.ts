import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestContext } from 'node:test';

export interface SeenRequest {
  method: string;
  /** Path and query, as received. */
  url: string;
  body: string;
  contentType: string | undefined;
  authorization: string | undefined;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * A local HTTP server answering from a script, for answers the emulator does
 * not produce on demand (a given 5xx, a Retry-After, a malformed 2xx, an echo).
 */
export async function scriptedServer(
  t: TestContext,
  reply: (request: SeenRequest, index: number) => Reply,
): Promise<{ apiUrl: string; seen: SeenRequest[] }> {
  const seen: SeenRequest[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const request = {
        method: req.method ?? '',
        url: req.url ?? '',
        body,
        contentType: req.headers['content-type'],
        authorization: req.headers.authorization,
      };
      seen.push(request);
      const { status, body: answer, headers = {} } = reply(request, seen.length - 1);
      const text = typeof answer === 'string' ? answer : JSON.stringify(answer ?? {});
      const type = typeof answer === 'string' ? 'text/plain' : 'application/json';
      res.writeHead(status, { 'content-type': type, ...headers }).end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const { port } = server.address() as AddressInfo;
  return { apiUrl: `http://127.0.0.1:${port}/1`, seen };
}
