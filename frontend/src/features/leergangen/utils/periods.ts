import { addDays, daysBetween, isDateString, toRfc3339 } from './amsterdam-time';

/**
 * The sessions query takes at most 100 days at a time. Windows of 99 calendar days
 * stay under that even when a window gains the hour that summer time gives back.
 */
export const WINDOW_DAYS = 99;
/** More windows than this (about five and a half years) are not asked for. */
export const MAX_WINDOWS = 20;

export interface Period {
  /** First day, "YYYY-MM-DD". */
  from: string;
  /** Last day, inclusive. */
  to: string;
}

export interface TimeWindow {
  from: string;
  to: string;
}

/** Splits a period of whole days (Amsterdam) into windows for the sessions query. */
export function periodWindows(period: Period): TimeWindow[] {
  const windows: TimeWindow[] = [];
  if (!isDateString(period.from) || !isDateString(period.to) || daysBetween(period.from, period.to) < 0) return windows;
  const end = addDays(period.to, 1);
  let start = period.from;
  while (daysBetween(start, end) > 0 && windows.length < MAX_WINDOWS) {
    const next = daysBetween(start, end) > WINDOW_DAYS ? addDays(start, WINDOW_DAYS) : end;
    windows.push({ from: toRfc3339(start, '00:00'), to: toRfc3339(next, '00:00') });
    start = next;
  }
  return windows;
}

/** Whether the period is longer than the windows reach. */
export function periodTooLong(period: Period): boolean {
  return isDateString(period.from) && isDateString(period.to) && daysBetween(period.from, period.to) + 1 > WINDOW_DAYS * MAX_WINDOWS;
}

/** 1 August of the school year that `today` falls in. */
export function schoolYearStart(today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return `${month >= 8 ? year : year - 1}-08-01`;
}

interface LeerjaarDates {
  number: number;
  startsOn?: string | null;
  endsOn?: string | null;
}

/**
 * The period a leergang's session list shows at first: from the first leerjaar's
 * start to the last one's end. Missing dates are filled with school years: the
 * current one for the start, and one school year per leerjaar for the end.
 */
export function leergangPeriod(leerjaren: readonly LeerjaarDates[], today: string): Period {
  const starts = leerjaren.map((lj) => lj.startsOn).filter(isDateString).sort();
  const ends = leerjaren.map((lj) => lj.endsOn).filter(isDateString).sort();
  const from = starts[0] ?? schoolYearStart(today);
  const years = Math.max(1, leerjaren.length);
  let to = ends[ends.length - 1] ?? addDays(`${Number(from.slice(0, 4)) + years}${from.slice(4)}`, -1);
  if (daysBetween(from, to) < 0) to = addDays(from, 364);
  return { from, to };
}

/** A period widened so that it includes `date`. */
export function includeDate(period: Period, date: string | null | undefined): Period {
  if (!isDateString(date)) return period;
  return {
    from: daysBetween(date, period.from) > 0 ? date : period.from,
    to: daysBetween(period.to, date) > 0 ? date : period.to,
  };
}

/** The leerjaar whose dates include the day, if exactly one does. */
export function leerjaarForDate<T extends LeerjaarDates>(leerjaren: readonly T[], date: string | null | undefined): T | undefined {
  if (!isDateString(date)) return undefined;
  const matches = leerjaren.filter(
    (lj) => isDateString(lj.startsOn) && isDateString(lj.endsOn) && daysBetween(lj.startsOn, date) >= 0 && daysBetween(date, lj.endsOn) >= 0,
  );
  return matches.length === 1 ? matches[0] : undefined;
}

/** The leerjaar running today, else the first one. */
export function currentLeerjaar<T extends LeerjaarDates>(leerjaren: readonly T[], today: string): T | undefined {
  const sorted = [...leerjaren].sort((a, b) => a.number - b.number);
  return leerjaarForDate(sorted, today) ?? sorted[0];
}
