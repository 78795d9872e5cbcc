import { AMSTERDAM } from './amsterdam-time';

/** The statuses of the opkomst, in the order of the stack, the legend and the table. */
export const ATTENDANCE_STATUSES = ['aanwezig', 'gedeeltelijk', 'afwezigMetBericht', 'afwezigZonderBericht'] as const;
export type AttendanceStatusKey = (typeof ATTENDANCE_STATUSES)[number];

/** What the chart and table need of one session's opkomst. */
export interface AttendanceStatLike {
  session: { id: string; title: string; startsAt: string };
  aanwezig: number;
  gedeeltelijk: number;
  afwezigMetBericht: number;
  afwezigZonderBericht: number;
  registered: number;
  rate: number | null;
}

export interface AttendanceTotals {
  aanwezig: number;
  gedeeltelijk: number;
  afwezigMetBericht: number;
  afwezigZonderBericht: number;
  registered: number;
  /** Came (aanwezig or gedeeltelijk) as a percentage of all registrations; null without any. */
  rate: number | null;
  /** Sessions with at least one registration. */
  registeredSessions: number;
}

export function attendanceTotals(stats: readonly AttendanceStatLike[]): AttendanceTotals {
  const sum = (key: AttendanceStatusKey | 'registered') => stats.reduce((n, s) => n + s[key], 0);
  const registered = sum('registered');
  const came = sum('aanwezig') + sum('gedeeltelijk');
  return {
    aanwezig: sum('aanwezig'),
    gedeeltelijk: sum('gedeeltelijk'),
    afwezigMetBericht: sum('afwezigMetBericht'),
    afwezigZonderBericht: sum('afwezigZonderBericht'),
    registered,
    rate: registered === 0 ? null : (came * 100) / registered,
    registeredSessions: stats.filter((s) => s.registered > 0).length,
  };
}

/** A session's start as a short Amsterdam date: "9 mrt 2027". */
export function sessionDate(startsAt: string, language: string): string {
  const date = new Date(startsAt);
  if (Number.isNaN(date.getTime())) return startsAt;
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', year: 'numeric', timeZone: AMSTERDAM }).format(date);
}

/** The label of a session on the chart's axis and in the table: "9 mrt 2027 · Jaar 2, dagdeel 1". */
export function sessionLabel(session: { title: string; startsAt: string }, language: string): string {
  return `${sessionDate(session.startsAt, language)} · ${session.title}`;
}

/** A percentage 0–100 as "88%" in the language's format. */
export function formatRate(rate: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(rate / 100);
}

/** One bar per session for the stacked chart. */
export function chartData(stats: readonly AttendanceStatLike[], language: string) {
  return stats.map((s) => ({
    label: sessionLabel(s.session, language),
    aanwezig: s.aanwezig,
    gedeeltelijk: s.gedeeltelijk,
    afwezigMetBericht: s.afwezigMetBericht,
    afwezigZonderBericht: s.afwezigZonderBericht,
  }));
}
