/**
 * A TrelloGateway that makes the real one (and loads trello.js with it) on
 * its first request: a sync with nothing to do sends none, and so never pays
 * for loading the client. Before that request `apiCalls` is 0.
 */
import type { TrelloGateway } from '../trello/types.ts';

export function lazyGateway<G extends TrelloGateway>(make: () => Promise<G>): G {
  let made: G | undefined;
  let making: Promise<G> | undefined;
  const real = () =>
    (making ??= make().then((gateway) => {
      made = gateway;
      return gateway;
    }));
  // Every method is forwarded by name, so a method added to the gateway needs nothing here.
  return new Proxy({} as G, {
    get(_target, name) {
      if (name === 'apiCalls') return made?.apiCalls ?? 0;
      // `then` is not a method: `await` would take the gateway itself for a promise.
      if (typeof name !== 'string' || name === 'then') return undefined;
      return async (...args: unknown[]) => {
        const gateway = await real();
        const method = gateway[name as keyof G] as (...a: unknown[]) => unknown;
        return method.apply(gateway, args);
      };
    },
  });
}
