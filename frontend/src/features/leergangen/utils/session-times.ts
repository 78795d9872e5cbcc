import type { Dagdeel, SessionKind } from '@/gql/graphql';
import { addDays, isDateString, isTimeString, minutesOf, toRfc3339 } from './amsterdam-time';

export const SESSION_KINDS: SessionKind[] = ['DAGDEEL', 'TWEEDAAGSE', 'VERDIEPINGSDAG', 'INTERVISIE', 'PRAKTIJKBEGELEIDING', 'TERUGKOMDAG'];
export const DAGDELEN: Dagdeel[] = ['OCHTEND', 'MIDDAG', 'AVOND'];

/** Default start and end time of each dagdeel, Amsterdam time. */
export const DAGDEEL_TIMES: Record<Dagdeel, readonly [string, string]> = {
  OCHTEND: ['09:00', '12:30'],
  MIDDAG: ['13:00', '16:30'],
  AVOND: ['18:30', '21:30'],
};

/** A tweedaagse runs from the first morning to the afternoon of the next day. */
export const TWEEDAAGSE_TIMES = ['09:30', '16:30'] as const;
/** A whole day (verdiepingsdag, terugkomdag). */
export const DAY_TIMES = ['09:00', '16:30'] as const;

/** The times to fill in when the kind or dagdeel is picked; null keeps what is there. */
export function defaultTimes(kind: SessionKind, dagdeel: Dagdeel | null): readonly [string, string] | null {
  switch (kind) {
    case 'DAGDEEL':
      return dagdeel ? DAGDEEL_TIMES[dagdeel] : null;
    case 'TWEEDAAGSE':
      return TWEEDAAGSE_TIMES;
    case 'VERDIEPINGSDAG':
    case 'TERUGKOMDAG':
      return DAY_TIMES;
    default:
      return dagdeel ? DAGDEEL_TIMES[dagdeel] : null;
  }
}

/** The dagdeel whose default times these are, if any. */
export function dagdeelOfTimes(start: string, end: string): Dagdeel | null {
  for (const d of DAGDELEN) {
    const [s, e] = DAGDEEL_TIMES[d];
    if (s === start && e === end) return d;
  }
  return null;
}

/** How many dagdelen of training a session counts for: a tweedaagse counts as 4. */
export function dagdeelCount(kind: SessionKind): number {
  if (kind === 'DAGDEEL') return 1;
  if (kind === 'TWEEDAAGSE') return 4;
  return 0;
}

/** The last day of a session: the next day for a tweedaagse. */
export function endDateOf(kind: SessionKind, date: string): string {
  return kind === 'TWEEDAAGSE' ? addDays(date, 1) : date;
}

export interface SessionWhen {
  kind: SessionKind;
  date: string | null;
  startTime: string;
  endTime: string;
}

/**
 * The moments to send for a date and times in Amsterdam, or null while they are
 * incomplete or the end is not after the start.
 */
export function sessionMoments(when: SessionWhen): { startsAt: string; endsAt: string } | null {
  const { kind, date, startTime, endTime } = when;
  if (!isDateString(date) || !isTimeString(startTime) || !isTimeString(endTime)) return null;
  if (kind !== 'TWEEDAAGSE' && minutesOf(endTime) <= minutesOf(startTime)) return null;
  return { startsAt: toRfc3339(date, startTime), endsAt: toRfc3339(endDateOf(kind, date), endTime) };
}

/**
 * Reads a time as typed: "9" → "09:00", "930" → "09:30", "9.30" or "9:30" → "09:30".
 * Returns the input unchanged when it is no time.
 */
export function normaliseTime(input: string): string {
  const value = input.trim().replace(/[.,;h]/gi, ':');
  const colon = /^(\d{1,2}):(\d{2})$/.exec(value);
  let hours: number;
  let minutes: number;
  if (colon) {
    hours = Number(colon[1]);
    minutes = Number(colon[2]);
  } else if (/^\d{1,4}$/.test(value)) {
    hours = Number(value.length <= 2 ? value : value.slice(0, -2));
    minutes = value.length <= 2 ? 0 : Number(value.slice(-2));
  } else {
    return input;
  }
  if (hours > 23 || minutes > 59) return input;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** For each item, the indexes of the other items whose time overlaps it. */
export function overlapsWithin(spans: readonly ({ startsAt: string; endsAt: string } | null)[]): number[][] {
  return spans.map((a, i) => {
    if (!a) return [];
    const [s, e] = [Date.parse(a.startsAt), Date.parse(a.endsAt)];
    return spans.flatMap((b, j) => (j !== i && b && Date.parse(b.startsAt) < e && s < Date.parse(b.endsAt) ? [j] : []));
  });
}
