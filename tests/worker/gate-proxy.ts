import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestContext } from 'node:test';

/**
 * An HTTP proxy in front of the emulator that, once `closeAfter` says so,
 * holds every further request until `open()`: a run is caught in the middle
 * by explicit synchronisation, not by racing its pace.
 */
export async function gateProxy(
  t: TestContext,
  target: string,
  closeAfter: (method: string, path: string) => boolean,
) {
  let closed = false;
  const held: (() => void)[] = [];
  const forward = async (request: IncomingMessage, response: ServerResponse, body: Buffer) => {
    const answer = await fetch(new URL(request.url ?? '/', target), {
      method: request.method ?? 'GET',
      headers: Object.fromEntries(
        Object.entries(request.headers).filter(
          (entry): entry is [string, string] =>
            typeof entry[1] === 'string' && !['host', 'connection', 'content-length'].includes(entry[0]),
        ),
      ),
      ...(body.length > 0 ? { body } : {}),
    });
    const headers = Object.fromEntries(answer.headers);
    delete headers['content-encoding'];
    delete headers['content-length'];
    response.writeHead(answer.status, headers).end(Buffer.from(await answer.arrayBuffer()));
  };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const send = () => void forward(request, response, Buffer.concat(chunks));
      if (closed) return void held.push(send);
      send();
      if (closeAfter(request.method ?? 'GET', new URL(request.url ?? '/', target).pathname)) closed = true;
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => {
    server.closeAllConnections();
    server.close();
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${new URL(target).pathname}`;
  return {
    /** The API URL to give report-sync. */
    url,
    /** Requests waiting at the closed gate. */
    holding: () => held.length,
    open() {
      closed = false;
      for (const send of held.splice(0)) send();
    },
  };
}
