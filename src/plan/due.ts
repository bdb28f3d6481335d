/**
 * An item's due date (a calendar day) as the instant Trello stores on a card:
 * a set time of that day in a set time zone. At noon UTC (the default) the
 * day reads the same from UTC-11 to UTC+11, whoever opens the card. Pure.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let made = formatters.get(timeZone);
  if (!made) {
    made = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, made);
  }
  return made;
}

/** The zone's wall clock at `instant`, part by part. */
function wallClock(instant: number, timeZone: string): (type: Intl.DateTimeFormatPartTypes) => number {
  const parts = formatter(timeZone).formatToParts(new Date(instant));
  return (type) => Number(parts.find((p) => p.type === type)?.value);
}

/** The calendar day of an instant in a time zone, `YYYY-MM-DD` (the inverse of dueInstant's day). */
export function dayIn(instant: string, timeZone: string): string {
  const part = wallClock(Date.parse(instant), timeZone);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(part('year'), 4)}-${pad(part('month'))}-${pad(part('day'))}`;
}

/** How far the zone's wall clock is ahead of UTC at `instant`, in milliseconds. */
function zoneOffset(instant: number, timeZone: string): number {
  const part = wallClock(instant, timeZone);
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

/** `2024-05-10` at `12:00` in `Europe/Oslo` -> `2024-05-10T10:00:00.000Z`. */
export function dueInstant(date: string, time: string, timeZone: string): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const [hour = 12, minute = 0] = time.split(':').map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The offset at the wall time read as UTC is right but near a DST change; a second look settles it.
  let instant = wall - zoneOffset(wall, timeZone);
  instant = wall - zoneOffset(instant, timeZone);
  return new Date(instant).toISOString();
}

/** A due instant as Trello may send it, in the form it is recorded in (`toISOString`), or null. */
export function normaliseDue(due: string | null): string | null {
  if (due === null || due === '') return null;
  const millis = Date.parse(due);
  return Number.isFinite(millis) ? new Date(millis).toISOString() : due;
}
