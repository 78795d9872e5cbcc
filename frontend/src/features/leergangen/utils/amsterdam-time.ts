// Sessions are planned in Europe/Amsterdam, whatever zone the browser runs in.
// These helpers turn a calendar date and a wall-clock time in Amsterdam into an
// RFC 3339 moment with the right offset (+01:00 in winter, +02:00 in summer), and
// back, using only Intl (no dependency on the browser's own time zone).

export const AMSTERDAM = 'Europe/Amsterdam';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

const wallClockFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: AMSTERDAM,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The Amsterdam wall clock at an instant (milliseconds since the epoch). */
function wallClockAt(instant: number): WallClock {
  const parts: Record<string, number> = {};
  for (const part of wallClockFormat.formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    // Some engines write midnight as 24 even with h23.
    hour: (parts.hour ?? 0) % 24,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** Amsterdam's offset from UTC at an instant, in minutes (60 in winter, 120 in summer). */
export function amsterdamOffsetMinutes(instant: number): number {
  const w = wallClockAt(instant);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  const whole = instant - (instant % 1000);
  return Math.round((asUtc - whole) / 60_000);
}

export function isDateString(value: string | null | undefined): value is string {
  if (!value) return false;
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function isTimeString(value: string | null | undefined): value is string {
  return Boolean(value && TIME_PATTERN.test(value));
}

function pad(n: number, width = 2): string {
  return String(Math.abs(n)).padStart(width, '0');
}

/**
 * The instant of a date and wall-clock time in Amsterdam. A time that does not
 * exist (the hour skipped when summer time starts) moves forward by that hour.
 */
export function amsterdamInstant(date: string, time: string): number {
  if (!isDateString(date) || !isTimeString(time)) throw new RangeError(`invalid date or time: ${date} ${time}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(y, m - 1, d, h, min);
  // Guess with the offset at that moment read as UTC, then correct once.
  const guess = asUtc - amsterdamOffsetMinutes(asUtc) * 60_000;
  const corrected = asUtc - amsterdamOffsetMinutes(guess) * 60_000;
  if (corrected === guess || amsterdamOffsetMinutes(corrected) === amsterdamOffsetMinutes(guess)) return corrected;
  // The wall-clock time falls in the skipped hour: take the later reading.
  return Math.max(guess, corrected);
}

/** RFC 3339 with Amsterdam's offset, e.g. "2027-03-09T09:00:00+01:00". */
export function formatRfc3339(instant: number): string {
  const offset = amsterdamOffsetMinutes(instant);
  const w = wallClockAt(instant);
  const sign = offset < 0 ? '-' : '+';
  return (
    `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}` +
    `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
  );
}

/** A date and time in Amsterdam as RFC 3339 with offset, for the API. */
export function toRfc3339(date: string, time: string): string {
  return formatRfc3339(amsterdamInstant(date, time));
}

/** The Amsterdam date ("YYYY-MM-DD") and time ("HH:mm") of a moment from the API. */
export function fromRfc3339(value: string): { date: string; time: string } {
  const instant = Date.parse(value);
  if (Number.isNaN(instant)) throw new RangeError(`invalid time: ${value}`);
  const w = wallClockAt(instant);
  return { date: `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`, time: `${pad(w.hour)}:${pad(w.minute)}` };
}

/** A calendar date moved by whole days ("2027-12-31" + 1 → "2028-01-01"). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const moved = new Date(Date.UTC(y, m - 1, d + days));
  return `${pad(moved.getUTCFullYear(), 4)}-${pad(moved.getUTCMonth() + 1)}-${pad(moved.getUTCDate())}`;
}

/** Whole days from one calendar date to another (may be negative). */
export function daysBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / 86_400_000);
}

/** Today's date in Amsterdam. */
export function amsterdamToday(now: number = Date.now()): string {
  return fromRfc3339(new Date(now).toISOString()).date;
}

/** Minutes since midnight of "HH:mm". */
export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}
