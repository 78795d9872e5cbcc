import { describe, expect, it } from 'vitest';
import { proposalsToRows, rowProblem, rowToSessionFields, validateCommon } from './year-plan-values';

const proposals = [
  { kind: 'DAGDEEL' as const, dagdeel: 'OCHTEND' as const, title: 'Dagdeel 1', startsAt: '2027-10-05T07:00:00Z', endsAt: '2027-10-05T10:30:00Z', holidays: [] },
  {
    kind: 'TWEEDAAGSE' as const,
    dagdeel: null,
    title: 'Tweedaagse',
    startsAt: '2028-02-10T08:30:00Z',
    endsAt: '2028-02-11T15:30:00Z',
    holidays: [{ region: 'NOORD' as const, name: 'voorjaarsvakantie', startsOn: '2028-02-19', endsOn: '2028-02-27', message: 'x' }],
  },
];

describe('year plan values', () => {
  it('turns proposals into editable rows in Amsterdam time', () => {
    const rows = proposalsToRows(proposals);
    expect(rows.map((r) => [r.kind, r.date, r.startTime, r.endTime, r.status])).toEqual([
      ['DAGDEEL', '2027-10-05', '09:00', '12:30', 'pending'],
      ['TWEEDAAGSE', '2028-02-10', '09:30', '16:30', 'pending'],
    ]);
    expect(rows[1]?.holidays).toHaveLength(1);
  });

  it('builds the createSession input from a row and the shared settings', () => {
    const [dagdeel, tweedaagse] = proposalsToRows(proposals);
    if (!dagdeel || !tweedaagse) throw new Error('rows missing');
    const common = { location: ' Zaal 1 ', onlineUrl: '', groupIds: ['g1'], opleiderIds: ['op1'], published: true };
    expect(rowToSessionFields({ ...dagdeel, date: '2027-10-06' }, 'lj1', common)).toMatchObject({
      leerjaarId: 'lj1',
      kind: 'DAGDEEL',
      dagdeel: 'OCHTEND',
      startsAt: '2027-10-06T09:00:00+02:00',
      endsAt: '2027-10-06T12:30:00+02:00',
      location: 'Zaal 1',
      published: true,
      overnight: false,
    });
    expect(rowToSessionFields(tweedaagse, 'lj1', common)).toMatchObject({
      dagdeel: null,
      startsAt: '2028-02-10T09:30:00+01:00',
      endsAt: '2028-02-11T16:30:00+01:00',
      overnight: true,
    });
  });

  it('finds rows and shared settings that cannot be planned', () => {
    const [row] = proposalsToRows(proposals);
    if (!row) throw new Error('row missing');
    expect(rowProblem(row)).toBeNull();
    expect(rowProblem({ ...row, title: ' ' })).toBe('Geef de bijeenkomst een titel.');
    expect(rowProblem({ ...row, endTime: '08:00' })).toBe('De eindtijd ligt na de begintijd.');
    expect(validateCommon({ location: '', onlineUrl: '', groupIds: [], opleiderIds: [], published: false })).toEqual({
      location: 'Vul een locatie in, of een link voor een online bijeenkomst.',
      groupIds: 'Kies de groep of groepen die komen.',
      opleiderIds: 'Kies ten minste één opleider.',
    });
  });
});
