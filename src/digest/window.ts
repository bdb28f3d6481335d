/**
 * A digest's period from `--since` and `--until`: days are whole days in the
 * configured time zone (`worker.timezone`, UTC when unset), so "since
 * 2025-01-06" starts at that midnight and "until 2025-01-12" takes that day
 * in. Pure: the clock and the previous digest are given.
 */
import { UsageError } from '../errors.ts';
import { dayIn, dueInstant } from '../plan/due.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** When no digest was written before, `--since last` covers a week. */
const FIRST_DIGEST_DAYS = 7;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SPAN = /^(\d{1,4})([dw])$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T/;

export interface WindowRequest {
  /** `last` (default), `7d`, `2w`, a date (`2025-01-06`) or an ISO instant. */
  since?: string;
  /** A date (taken in whole) or an ISO instant; now when absent. */
  until?: string;
  /** The end of the previous digest written, or null. */
  lastDigestTo: string | null;
  now: Date;
  timeZone: string;
}

export interface DigestWindow {
  from: string;
  to: string;
}

export function resolveWindow(request: WindowRequest): DigestWindow {
  const to = request.until === undefined ? request.now.getTime() : endOf(request.until, request.timeZone);
  const from = startOf(request.since ?? 'last', to, request);
  if (from >= to) {
    throw new UsageError(
      `the digest's period is empty: --since ${request.since ?? 'last'} (${iso(from)}) is not before --until ${request.until ?? 'now'} (${iso(to)}). Fix: give an earlier --since or a later --until.`,
    );
  }
  return { from: iso(from), to: iso(to) };
}

function startOf(since: string, to: number, request: WindowRequest): number {
  if (since === 'last') {
    return request.lastDigestTo === null ? to - FIRST_DIGEST_DAYS * DAY_MS : Date.parse(request.lastDigestTo);
  }
  const span = SPAN.exec(since);
  if (span) return to - Number(span[1]) * (span[2] === 'w' ? 7 : 1) * DAY_MS;
  if (DATE.test(since) && validDate(since)) return Date.parse(dueInstant(since, '00:00', request.timeZone));
  if (INSTANT.test(since) && Number.isFinite(Date.parse(since))) return Date.parse(since);
  throw new UsageError(
    `--since ${JSON.stringify(since)} is no period start. Fix: use "last" (since the previous digest written to a file), a span such as "7d" or "2w", a date such as "2025-01-06", or an ISO time.`,
  );
}

function endOf(until: string, timeZone: string): number {
  if (DATE.test(until) && validDate(until)) {
    const next = new Date(Date.parse(`${until}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
    return Date.parse(dueInstant(next, '00:00', timeZone));
  }
  if (INSTANT.test(until) && Number.isFinite(Date.parse(until))) return Date.parse(until);
  throw new UsageError(
    `--until ${JSON.stringify(until)} is no date. Fix: use a date such as "2025-01-12" (the whole day counts) or an ISO time.`,
  );
}

function validDate(date: string): boolean {
  const millis = Date.parse(`${date}T00:00:00Z`);
  return Number.isFinite(millis) && new Date(millis).toISOString().startsWith(date);
}

function iso(millis: number): string {
  return new Date(millis).toISOString();
}

/** The days a period shows: its first day, and the day of its last moment. */
export function periodDays(window: DigestWindow, timeZone: string): [string, string] {
  return [dayIn(window.from, timeZone), dayIn(iso(Date.parse(window.to) - 1), timeZone)];
}
