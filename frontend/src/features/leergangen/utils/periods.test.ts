import { describe, expect, it } from 'vitest';
import { currentLeerjaar, includeDate, leergangPeriod, leerjaarForDate, periodTooLong, periodWindows, schoolYearStart } from './periods';

describe('periodWindows', () => {
  it('splits a school year into windows of at most 100 days that join up', () => {
    const windows = periodWindows({ from: '2027-08-01', to: '2028-07-31' });
    expect(windows).toHaveLength(4);
    expect(windows[0]?.from).toBe('2027-08-01T00:00:00+02:00');
    expect(windows[windows.length - 1]?.to).toBe('2028-08-01T00:00:00+02:00');
    for (const [i, w] of windows.entries()) {
      expect(Date.parse(w.to) - Date.parse(w.from)).toBeLessThanOrEqual(100 * 24 * 3600 * 1000);
      if (i > 0) expect(w.from).toBe(windows[i - 1]?.to);
    }
  });

  it('gives one window for a short period and none for a reversed one', () => {
    expect(periodWindows({ from: '2027-09-01', to: '2027-09-30' })).toEqual([
      { from: '2027-09-01T00:00:00+02:00', to: '2027-10-01T00:00:00+02:00' },
    ]);
    expect(periodWindows({ from: '2027-09-30', to: '2027-09-01' })).toEqual([]);
  });

  it('stops at twenty windows', () => {
    expect(periodWindows({ from: '2020-01-01', to: '2030-12-31' })).toHaveLength(20);
    expect(periodTooLong({ from: '2020-01-01', to: '2030-12-31' })).toBe(true);
    expect(periodTooLong({ from: '2027-08-01', to: '2030-07-31' })).toBe(false);
  });
});

describe('leergangPeriod', () => {
  it('runs from the first start to the last end', () => {
    expect(
      leergangPeriod(
        [
          { number: 1, startsOn: '2027-09-01', endsOn: '2028-07-15' },
          { number: 2, startsOn: '2028-09-01', endsOn: '2029-07-15' },
        ],
        '2026-11-23',
      ),
    ).toEqual({ from: '2027-09-01', to: '2029-07-15' });
  });

  it('fills missing dates with school years', () => {
    expect(schoolYearStart('2026-11-23')).toBe('2026-08-01');
    expect(schoolYearStart('2027-03-01')).toBe('2026-08-01');
    expect(leergangPeriod([{ number: 1 }, { number: 2 }], '2026-11-23')).toEqual({ from: '2026-08-01', to: '2028-07-31' });
    expect(leergangPeriod([{ number: 1, startsOn: '2027-09-01' }], '2026-11-23')).toEqual({ from: '2027-09-01', to: '2028-08-31' });
  });

  it('widens to include a day', () => {
    const period = { from: '2027-09-01', to: '2028-07-15' };
    expect(includeDate(period, '2028-08-20')).toEqual({ from: '2027-09-01', to: '2028-08-20' });
    expect(includeDate(period, '2027-08-20')).toEqual({ from: '2027-08-20', to: '2028-07-15' });
    expect(includeDate(period, '2027-10-01')).toEqual(period);
    expect(includeDate(period, null)).toEqual(period);
  });
});

describe('leerjaarForDate', () => {
  const leerjaren = [
    { id: 'a', number: 1, startsOn: '2026-08-01', endsOn: '2027-07-31' },
    { id: 'b', number: 2, startsOn: '2027-08-01', endsOn: '2028-07-31' },
    { id: 'c', number: 3, startsOn: null, endsOn: null },
  ];
  it('finds the leerjaar a day falls in', () => {
    expect(leerjaarForDate(leerjaren, '2027-08-01')?.id).toBe('b');
    expect(leerjaarForDate(leerjaren, '2027-07-31')?.id).toBe('a');
    expect(leerjaarForDate(leerjaren, '2029-01-01')).toBeUndefined();
    expect(leerjaarForDate(leerjaren, null)).toBeUndefined();
  });
});

describe('currentLeerjaar', () => {
  it('picks the running leerjaar, else the first', () => {
    const leerjaren = [
      { id: 'b', number: 2, startsOn: '2027-08-01', endsOn: '2028-07-31' },
      { id: 'a', number: 1, startsOn: '2026-08-01', endsOn: '2027-07-31' },
    ];
    expect(currentLeerjaar(leerjaren, '2027-10-01')?.id).toBe('b');
    expect(currentLeerjaar(leerjaren, '2030-01-01')?.id).toBe('a');
    expect(currentLeerjaar([], '2030-01-01')).toBeUndefined();
  });
});
