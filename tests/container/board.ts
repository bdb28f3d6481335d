import { createServer, type AddressInfo } from 'node:net';
import { authQuery, type EmulatorReady } from '../helpers/emulator.ts';

/** The open cards of the emulator's board, read over HTTP as a Trello client would. */
export async function boardCards(ready: EmulatorReady): Promise<{ id: string; name: string }[]> {
  const response = await fetch(`${ready.url}/boards/${ready.boardId}/cards/open?${authQuery(ready)}`);
  if (!response.ok) throw new Error(`GET cards: ${response.status} ${await response.text()}`);
  return (await response.json()) as { id: string; name: string }[];
}

/** A port nothing listens on right now, for a server in a container that shares the host network. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
