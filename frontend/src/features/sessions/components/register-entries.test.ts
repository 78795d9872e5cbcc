import { describe, expect, it } from 'vitest';
import type { SessionRegisterRowFieldsFragment } from '@/gql/graphql';
import {
  invalidMinutes,
  isChanged,
  lineOfMessage,
  markEveryonePresent,
  partialLimit,
  toEntries,
  toLines,
  withStatus,
} from './register-entries';

const rows: SessionRegisterRowFieldsFragment[] = [
  {
    person: { id: 'p1', name: 'Marloes Wolters', schools: [] },
    attendance: { status: 'GEDEELTELIJK', minutes: 120, note: 'Eerder weg' },
    absenceReport: null,
  },
  {
    person: { id: 'p2', name: 'Ruben Kroeze', schools: [{ id: 's1', name: 'De Esch' }] },
    attendance: null,
    absenceReport: { reason: 'Ziek', reportedAt: '2026-11-20T08:00:00Z' },
  },
  { person: { id: 'p3', name: 'Anouk Smit', schools: [] }, attendance: null, absenceReport: null },
];

describe('register entries', () => {
  it('turns the register rows into editable lines', () => {
    const lines = toLines(rows);
    expect(lines[0]).toEqual({
      personId: 'p1',
      name: 'Marloes Wolters',
      schools: [],
      status: 'GEDEELTELIJK',
      minutes: 120,
      note: 'Eerder weg',
      absenceReason: null,
    });
    expect(lines[1]).toMatchObject({ status: null, minutes: '', absenceReason: 'Ziek', schools: ['De Esch'] });
  });

  it('marks everyone present, except those who reported their absence', () => {
    const lines = markEveryonePresent(toLines(rows));
    expect(lines.map((l) => l.status)).toEqual(['AANWEZIG', 'AFWEZIG_MET_BERICHT', 'AANWEZIG']);
    // Minutes only belong to a partial attendance.
    expect(lines[0]?.minutes).toBe('');
  });

  it('builds entries for the lines with a status only, minutes only for GEDEELTELIJK', () => {
    const lines = toLines(rows);
    lines[2] = withStatus(lines[2]!, 'AFWEZIG_ZONDER_BERICHT');
    lines[2].note = '  geen bericht  ';
    expect(toEntries(lines)).toEqual([
      { personId: 'p1', status: 'GEDEELTELIJK', minutes: 120, note: 'Eerder weg' },
      { personId: 'p3', status: 'AFWEZIG_ZONDER_BERICHT', note: 'geen bericht' },
    ]);
  });

  it('checks the minutes of partial attendance against the session length', () => {
    const session = { creditHours: 3.5, startsAt: '2027-03-09T12:00:00Z', endsAt: '2027-03-09T15:30:00Z' };
    const limit = partialLimit(session);
    expect(limit).toBe(210);
    const lines = toLines(rows);
    expect(invalidMinutes(lines, limit).size).toBe(0);
    lines[0] = { ...lines[0]!, minutes: 211 };
    lines[2] = withStatus(lines[2]!, 'GEDEELTELIJK');
    expect([...invalidMinutes(lines, limit)].sort()).toEqual(['p1', 'p3']);
  });

  it('falls back to the wall-clock length when a session credits nothing', () => {
    expect(partialLimit({ creditHours: 0, startsAt: '2027-03-09T08:00:00Z', endsAt: '2027-03-09T09:30:00Z' })).toBe(90);
  });

  it('notices changes', () => {
    const saved = toLines(rows);
    expect(isChanged(toLines(rows), saved)).toBe(false);
    expect(isChanged(markEveryonePresent(saved), saved)).toBe(true);
  });

  it('finds the line a server message names', () => {
    const lines = toLines(rows);
    expect(lineOfMessage(lines, 'Anouk Smit: vul bij gedeeltelijk aanwezig het aantal minuten in.')).toBe('p3');
    expect(lineOfMessage(lines, 'Iemand anders neemt niet deel.')).toBeUndefined();
  });
});
