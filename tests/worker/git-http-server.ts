import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestContext } from 'node:test';

/** Repositories under `root` served over smart HTTP by `git http-backend`, behind basic auth. */
export interface GitHttpServer {
  /** `http://127.0.0.1:PORT`, without credentials. */
  origin: string;
  /** Requests turned away for missing or wrong credentials. */
  refused(): number;
  /** Requests that carried the right credentials. */
  admitted(): number;
}

export async function serveGitOverHttp(
  t: TestContext,
  root: string,
  login: { username: string; password: string },
): Promise<GitHttpServer> {
  const expected = `Basic ${Buffer.from(`${login.username}:${login.password}`).toString('base64')}`;
  let refused = 0;
  let admitted = 0;
  const server = createServer((request, response) => {
    if (request.headers.authorization !== expected) {
      refused++;
      response.writeHead(401, { 'www-authenticate': 'Basic realm="reports"' }).end();
      return;
    }
    admitted++;
    runBackend(root, login.username, request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    refused: () => refused,
    admitted: () => admitted,
  };
}

/** One CGI request: the request's headers as HTTP_* variables, its body on stdin, the CGI headers parsed back. */
function runBackend(root: string, user: string, request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const headers = Object.fromEntries(
    Object.entries(request.headers).map(([name, value]) => [
      `HTTP_${name.toUpperCase().replace(/-/g, '_')}`,
      String(value),
    ]),
  );
  const cgi = spawn('git', ['http-backend'], {
    env: {
      PATH: process.env['PATH'],
      ...headers,
      GIT_PROJECT_ROOT: root,
      GIT_HTTP_EXPORT_ALL: '1',
      PATH_INFO: url.pathname,
      QUERY_STRING: url.search.slice(1),
      REQUEST_METHOD: request.method ?? 'GET',
      CONTENT_TYPE: request.headers['content-type'] ?? '',
      REMOTE_USER: user,
      REMOTE_ADDR: '127.0.0.1',
    },
  });
  request.pipe(cgi.stdin);
  let head = Buffer.alloc(0);
  let started = false;
  cgi.stdout.on('data', (chunk: Buffer) => {
    if (started) return void response.write(chunk);
    head = Buffer.concat([head, chunk]);
    const end = head.indexOf('\r\n\r\n');
    if (end < 0) return;
    let status = 200;
    for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).trim();
      const value = line.slice(colon + 1).trim();
      if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10);
      else response.setHeader(name, value);
    }
    response.writeHead(status);
    started = true;
    response.write(head.subarray(end + 4));
  });
  cgi.stdout.on('end', () => response.end());
}
