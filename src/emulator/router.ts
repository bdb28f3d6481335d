import { ApiError, cannotRoute } from './errors.ts';
import type { MemberRecord } from './model.ts';
import type { Params } from './params.ts';
import type { Serializer } from './serialize.ts';
import type { Store } from './store.ts';

/** What a route handler sees of one request. */
export interface ApiRequest {
  method: string;
  /** Values of the `:name` segments of the route pattern. */
  path: Readonly<Record<string, string>>;
  /** Query and body parameters together. */
  params: Params;
  /** The member the token belongs to. */
  member: MemberRecord;
  store: Store;
  json: Serializer;
}

/** A handler returns the JSON body of a 200 answer, or throws an ApiError. */
export type Handler = (request: ApiRequest) => unknown;

export interface Route {
  method: string;
  /** e.g. `/1/boards/:id/cards/:filter`; also the key under which stats count the route. */
  pattern: string;
  handler: Handler;
  segments: string[];
}

export interface RouteMatch {
  route: Route;
  path: Record<string, string>;
}

export interface Outcome {
  status: number;
  body: unknown;
}

/**
 * Matches method and path against `:param` patterns as Trello does (R/O): a
 * trailing slash is ignored, literal segments match in any case
 * (`/checkitems`), and the singular `/1/card/…` and `/1/member/…` are the
 * plural routes. Parameter values keep their case (shortLinks have one).
 */
export class Router {
  readonly #routes: Route[] = [];

  add(method: string, pattern: string, handler: Handler): void {
    this.#routes.push({ method, pattern, handler, segments: splitPath(pattern) });
  }

  match(method: string, pathname: string): RouteMatch | undefined {
    const segments = withPluralResource(splitPath(pathname));
    for (const route of this.#routes) {
      if (route.method !== method || route.segments.length !== segments.length) continue;
      const path = bindSegments(route.segments, segments);
      if (path) return { route, path };
    }
    return undefined;
  }

  /** Runs a matched route and turns an ApiError into Trello's status and body. */
  run(match: RouteMatch, request: Omit<ApiRequest, 'path'>): Outcome {
    try {
      return { status: 200, body: match.route.handler({ ...request, path: match.path }) };
    } catch (error) {
      if (error instanceof ApiError) return { status: error.status, body: error.body };
      throw error;
    }
  }

  /** Used by `/1/batch` to answer inner GETs without another trip through auth and rate limits. */
  dispatch(method: string, pathname: string, request: Omit<ApiRequest, 'path' | 'method'>): Outcome {
    const match = this.match(method, pathname);
    if (!match) return { status: 404, body: cannotRoute(method, pathname).body };
    return this.run(match, { ...request, method });
  }
}

function splitPath(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

const SINGULAR: Readonly<Record<string, string>> = { card: 'cards', member: 'members' };

function withPluralResource(segments: string[]): string[] {
  const [version, resource, ...rest] = segments;
  const plural = resource === undefined ? undefined : SINGULAR[resource.toLowerCase()];
  return plural === undefined || version !== '1' ? segments : [version, plural, ...rest];
}

function bindSegments(
  pattern: readonly string[],
  actual: readonly string[],
): Record<string, string> | undefined {
  const bound: Record<string, string> = {};
  for (const [index, part] of pattern.entries()) {
    const value = actual[index] ?? '';
    if (part.startsWith(':')) {
      bound[part.slice(1)] = safeDecode(value);
    } else if (part.toLowerCase() !== value.toLowerCase()) {
      return undefined;
    }
  }
  return bound;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
