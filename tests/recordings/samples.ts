/**
 * The answers recorded from api.trello.com (../shared/trello-recordings/real),
 * read once and keyed by route, so tests can select samples by method and
 * path (a cassette file holds its test's setup calls too).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../helpers/cli.ts';

export const RECORDINGS_DIR = join(PROJECT_ROOT, '..', 'shared', 'trello-recordings', 'real');

export interface Sample {
  /** `board.cards.json#3`: where to look it up. */
  name: string;
  /** e.g. `GET /1/boards/:id/cards`. */
  route: string;
  request: { method: string; path: string; params: [string, string][] };
  response: { status: number; headers: Record<string, string>; body: unknown };
  recordedAt: string;
}

interface RecordingFile {
  samples: { source: { recordedAt: string }; request: Sample['request']; response: Sample['response'] }[];
}

const ID = /^[0-9a-f]{24}$/i;
const SHORT_LINK = /^[0-9A-Za-z]{8}$/;
const FILTER = /^(all|open|closed|none|visible)$/;
const SINGULAR: Record<string, string> = { card: 'cards', member: 'members' };

/**
 * A path's route: ids and shortLinks become `:id`, a trailing list or card
 * filter is dropped (`/lists/all` reads what `/lists?filter=all` does), and
 * case and singular resources are Trello's variants of one route.
 */
export function routeOf(method: string, path: string): string {
  const segments = path.split('/').filter(Boolean);
  const normal = segments.map((segment, index) => {
    const previous = segments[index - 1]?.toLowerCase() ?? '';
    if (ID.test(segment) || (SHORT_LINK.test(segment) && /^(boards|cards|card)$/.test(previous)))
      return ':id';
    if (index === 1) return SINGULAR[segment.toLowerCase()] ?? segment.toLowerCase();
    return segment.toLowerCase();
  });
  const last = normal.at(-1) ?? '';
  const beforeLast = normal.at(-2) ?? '';
  if (FILTER.test(last) && (beforeLast === 'lists' || beforeLast === 'cards')) normal.pop();
  return `${method.toUpperCase()} /${normal.join('/')}`;
}

function load(): Sample[] {
  return readdirSync(RECORDINGS_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .flatMap((file) => {
      const recording = JSON.parse(readFileSync(join(RECORDINGS_DIR, file), 'utf8')) as RecordingFile;
      return recording.samples.map((sample, index) => ({
        name: `${file}#${index}`,
        route: routeOf(sample.request.method, sample.request.path),
        request: sample.request,
        response: sample.response,
        recordedAt: sample.source.recordedAt,
      }));
    });
}

export const SAMPLES: readonly Sample[] = load();

/** The successful samples of a route, oldest first. */
export function samplesOf(route: string): Sample[] {
  const found = SAMPLES.filter((s) => s.route === route && s.response.status < 300);
  return found.sort((a, b) => Date.parse(a.recordedAt) - Date.parse(b.recordedAt));
}

export function sample(name: string): Sample {
  const found = SAMPLES.find((s) => s.name === name);
  if (!found) throw new Error(`no recorded sample ${name}`);
  return found;
}
