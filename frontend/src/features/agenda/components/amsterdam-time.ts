/**
 * The time zone the academy plans in. Sessions are shown in Dutch time whatever
 * the browser's own zone (a laptop abroad, or the browser tests, which run in UTC).
 */
export const TIME_ZONE = 'Europe/Amsterdam';

const fieldFormatters = new Map<string, Intl.DateTimeFormat>();

function fieldFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = fieldFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    fieldFormatters.set(zone, formatter);
  }
  return formatter;
}

/**
 * The wall-clock time of an instant in a zone, as FullCalendar's date arrays:
 * [year, month (0–11), day, hour, minute, second, millisecond].
 */
export function wallClock(ms: number, zone: string = TIME_ZONE): number[] {
  const fields: Record<string, number> = {};
  for (const part of fieldFormatter(zone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const hour = fields.hour === 24 ? 0 : (fields.hour ?? 0);
  return [fields.year ?? 1970, (fields.month ?? 1) - 1, fields.day ?? 1, hour, fields.minute ?? 0, fields.second ?? 0, ((ms % 1000) + 1000) % 1000];
}

function arrayToUtc(a: readonly number[]): number {
  return Date.UTC(a[0] ?? 1970, a[1] ?? 0, a[2] ?? 1, a[3] ?? 0, a[4] ?? 0, a[5] ?? 0, a[6] ?? 0);
}

/** The zone's offset from UTC in minutes (east positive) at an instant. */
export function offsetAt(ms: number, zone: string = TIME_ZONE): number {
  return Math.round((arrayToUtc(wallClock(ms, zone)) - ms) / 60_000);
}

/**
 * The zone's offset in minutes for a wall-clock time in that zone. A time that
 * does not exist (the hour skipped in spring) moves forward by that hour; a time
 * that exists twice (autumn) gets one of its two offsets.
 */
export function offsetForWallClock(a: readonly number[], zone: string = TIME_ZONE): number {
  const asUtc = arrayToUtc(a);
  const first = offsetAt(asUtc, zone);
  const second = offsetAt(asUtc - first * 60_000, zone);
  if (first === second) return first;
  const third = offsetAt(asUtc - second * 60_000, zone);
  return third === second ? second : Math.min(first, second);
}

/** The instant of a wall-clock time in the zone. */
export function zonedToInstant(a: readonly number[], zone: string = TIME_ZONE): Date {
  return new Date(arrayToUtc(a) - offsetForWallClock(a, zone) * 60_000);
}

function format(value: string | Date, language: string, options: Intl.DateTimeFormatOptions): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(language, { timeZone: TIME_ZONE, ...options }).format(date);
}

const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
const SHORT_DAY: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'long' };

function sameDay(start: Date, end: Date): boolean {
  const a = wallClock(start.getTime());
  const b = wallClock(end.getTime());
  return a[0] === b[0] && a[1] === b[1] && a[2] === b[2];
}

/** "di 9 maart 09:00–12:30", or "do 5 november 09:30 – vr 6 november 16:30" over two days. */
export function formatMoveTarget(start: string | Date, end: string | Date, language: string): string {
  const s = typeof start === 'string' ? new Date(start) : start;
  const e = typeof end === 'string' ? new Date(end) : end;
  if (sameDay(s, e)) {
    return `${format(s, language, SHORT_DAY)} ${format(s, language, TIME)}–${format(e, language, TIME)}`;
  }
  return `${format(s, language, SHORT_DAY)} ${format(s, language, TIME)} – ${format(e, language, SHORT_DAY)} ${format(e, language, TIME)}`;
}

/** "09:00–12:30" in Dutch time, for the accessible name of an event. */
export function formatTimeRange(start: string | Date, end: string | Date, language: string): string {
  const s = typeof start === 'string' ? new Date(start) : start;
  const e = typeof end === 'string' ? new Date(end) : end;
  if (sameDay(s, e)) return `${format(s, language, TIME)}–${format(e, language, TIME)}`;
  return `${format(s, language, { day: 'numeric', month: 'short' })} ${format(s, language, TIME)} – ${format(e, language, { day: 'numeric', month: 'short' })} ${format(e, language, TIME)}`;
}

/** "23 nov 2026, 12:30" for a moment, in Dutch time. */
export function formatMoment(value: string, language: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return format(date, language, { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' });
}
