import { AMSTERDAM } from './amsterdam-time';

function dayFormat(language: string) {
  return new Intl.DateTimeFormat(language, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: AMSTERDAM });
}

function timeFormat(language: string) {
  return new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: AMSTERDAM });
}

function sameAmsterdamDay(a: Date, b: Date): boolean {
  const f = new Intl.DateTimeFormat('en-CA', { timeZone: AMSTERDAM, year: 'numeric', month: '2-digit', day: '2-digit' });
  return f.format(a) === f.format(b);
}

/**
 * When a session takes place, in Amsterdam time, in two parts that may wrap
 * between them: "di 9 mrt 2027," + "09:00–12:30"; over two days
 * "do 10 feb 2028, 09:30" + "– vr 11 feb 2028, 16:30".
 */
export function sessionWhenParts(startsAt: string, endsAt: string, language: string): [string, string] {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return [startsAt, endsAt];
  const day = dayFormat(language);
  const time = timeFormat(language);
  if (sameAmsterdamDay(start, end)) {
    return [`${day.format(start)},`, `${time.format(start)}–${time.format(end)}`];
  }
  return [`${day.format(start)}, ${time.format(start)}`, `– ${day.format(end)}, ${time.format(end)}`];
}

/** The two parts of sessionWhenParts on one line: "di 9 mrt 2027, 09:00–12:30". */
export function formatSessionWhen(startsAt: string, endsAt: string, language: string): string {
  return sessionWhenParts(startsAt, endsAt, language).join(' ');
}

/** A calendar date ("YYYY-MM-DD") as "9 mrt 2027". */
export function formatShortDate(value: string | null | undefined, language: string): string {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A period of two calendar dates; either may be missing. */
export function formatPeriod(from: string | null | undefined, to: string | null | undefined, language: string, none: string): string {
  if (!from && !to) return none;
  return `${from ? formatShortDate(from, language) : '…'} – ${to ? formatShortDate(to, language) : '…'}`;
}

/** A number of hours in the language's format ("40", "37,5"). */
export function formatHours(value: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
}
