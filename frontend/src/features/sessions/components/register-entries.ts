import type { AttendanceEntry, AttendanceStatus, SessionRegisterRowFieldsFragment } from '@/gql/graphql';

export const ATTENDANCE_STATUSES: readonly AttendanceStatus[] = [
  'AANWEZIG',
  'AFWEZIG_MET_BERICHT',
  'AFWEZIG_ZONDER_BERICHT',
  'GEDEELTELIJK',
];

/** One deelnemer's line of the register as the opleider edits it. */
export interface RegisterLine {
  personId: string;
  name: string;
  schools: string[];
  status: AttendanceStatus | null;
  /** Minutes present, for GEDEELTELIJK; '' while empty. */
  minutes: number | '';
  note: string;
  /** The reason of an absence reported in advance, if any. */
  absenceReason: string | null;
}

export function toLines(rows: readonly SessionRegisterRowFieldsFragment[]): RegisterLine[] {
  return rows.map((row) => ({
    personId: row.person.id,
    name: row.person.name,
    schools: row.person.schools.map((s) => s.name),
    status: row.attendance?.status ?? null,
    minutes: row.attendance?.minutes ?? '',
    note: row.attendance?.note ?? '',
    absenceReason: row.absenceReport?.reason ?? null,
  }));
}

/** Sets a line's status; minutes only stay for GEDEELTELIJK. */
export function withStatus(line: RegisterLine, status: AttendanceStatus): RegisterLine {
  return { ...line, status, minutes: status === 'GEDEELTELIJK' ? line.minutes : '' };
}

/**
 * "Iedereen aanwezig": everyone present, except those who reported their
 * absence in advance, who are absent with notice.
 */
export function markEveryonePresent(lines: readonly RegisterLine[]): RegisterLine[] {
  return lines.map((line) => withStatus(line, line.absenceReason !== null ? 'AFWEZIG_MET_BERICHT' : 'AANWEZIG'));
}

/**
 * The most minutes someone can be partly present, as the server counts it: the
 * credited length (a tweedaagse its two days, not the night), or else the
 * wall-clock length.
 */
export function partialLimit(session: { creditHours: number; startsAt: string; endsAt: string }): number {
  const credited = Math.round(session.creditHours * 60);
  if (credited > 0) return credited;
  return Math.round((new Date(session.endsAt).getTime() - new Date(session.startsAt).getTime()) / 60_000);
}

/** The lines whose minutes are missing or out of range, by person id. */
export function invalidMinutes(lines: readonly RegisterLine[], limit: number): Set<string> {
  const invalid = new Set<string>();
  for (const line of lines) {
    if (line.status !== 'GEDEELTELIJK') continue;
    const m = line.minutes;
    if (m === '' || !Number.isInteger(m) || m < 1 || m > limit) invalid.add(line.personId);
  }
  return invalid;
}

/** The entries to save: every line with a status. */
export function toEntries(lines: readonly RegisterLine[]): AttendanceEntry[] {
  return lines.flatMap((line) => {
    if (!line.status) return [];
    const entry: AttendanceEntry = { personId: line.personId, status: line.status, note: line.note.trim() };
    if (line.status === 'GEDEELTELIJK' && line.minutes !== '') entry.minutes = line.minutes;
    return [entry];
  });
}

/** Whether the lines differ from what was saved. */
export function isChanged(lines: readonly RegisterLine[], saved: readonly RegisterLine[]): boolean {
  if (lines.length !== saved.length) return true;
  return lines.some((line, i) => {
    const before = saved[i];
    return (
      !before ||
      before.personId !== line.personId ||
      before.status !== line.status ||
      before.minutes !== line.minutes ||
      before.note.trim() !== line.note.trim()
    );
  });
}

/**
 * The line a server message is about: the server starts its per-person messages
 * with the person's name ("Marloes Wolters: vul … in", "… neemt niet deel").
 */
export function lineOfMessage(lines: readonly RegisterLine[], message: string): string | undefined {
  const match = [...lines].sort((a, b) => b.name.length - a.name.length).find((line) => message.startsWith(line.name));
  return match?.personId;
}
