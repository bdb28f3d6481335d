/** `worker.timezone`: the zone of the worker's schedule and of cards' due dates. */
import { ConfigError } from '../errors.ts';

/** The zone, when the platform knows it; else a ConfigError naming the setting and its fix. */
export function requireTimeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new ConfigError(
      `worker.timezone ${JSON.stringify(timeZone)} (the zone of the schedule and of due dates) is not a known IANA time zone. Fix: use a name such as "Europe/Oslo" or "UTC", or null (the schedule then follows the machine's zone, due dates UTC).`,
    );
  }
  return timeZone;
}

/**
 * The zone calendar days are read in (due dates, a digest's days): the
 * worker's when one is set, else UTC, the same date everywhere, never the machine's.
 */
export function calendarTimeZone(timezone: string | null): string {
  return timezone === null ? 'UTC' : requireTimeZone(timezone);
}
