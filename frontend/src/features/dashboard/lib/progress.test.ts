import { describe, expect, it } from 'vitest';
import { attendanceTone, exportHref, formatHours, formatPercent, scanTrend, summarise } from './progress';

describe('scanTrend', () => {
  it('tells growth, decline, no change, a first scan and no scan apart', () => {
    expect(scanTrend({ latest: 3.2, previous: 2.8, delta: 0.4 })).toBe('up');
    expect(scanTrend({ latest: 2.5, previous: 3, delta: -0.5 })).toBe('down');
    expect(scanTrend({ latest: 3, previous: 3, delta: 0 })).toBe('same');
    expect(scanTrend({ latest: 3, previous: null, delta: null })).toBe('first');
    expect(scanTrend({ latest: null, previous: 2, delta: null })).toBe('none');
  });
});

describe('formats', () => {
  it('writes Dutch decimals and a dash for unknown values', () => {
    expect(formatPercent(85.5, 'nl')).toBe('85,5%');
    expect(formatPercent(null, 'nl')).toBe('—');
    expect(formatHours(26.25, 'nl')).toBe('26,3');
    expect(formatHours(40, 'en')).toBe('40');
  });
});

describe('attendanceTone', () => {
  it('marks low attendance', () => {
    expect(attendanceTone(92)).toBe('green');
    expect(attendanceTone(70)).toBe('yellow');
    expect(attendanceTone(40)).toBe('red');
    expect(attendanceTone(null)).toBe('gray');
  });
});

describe('exportHref', () => {
  it('builds the download address with only the given filters', () => {
    expect(exportHref('staff', 'csv')).toBe('/downloads/dashboard/staff.csv');
    expect(exportHref('staff', 'xlsx', { schoolId: 's1', leergangId: null })).toBe('/downloads/dashboard/staff.xlsx?school=s1');
    expect(exportHref('schools', 'xlsx', { organisationId: 'o 1' })).toBe('/downloads/dashboard/schools.xlsx?organisation=o+1');
  });
});

describe('summarise', () => {
  it('averages the known attendance and counts the rows on track', () => {
    const rows = [
      { attendance: { percent: 100 }, hours: { onTrack: true } },
      { attendance: { percent: 75 }, hours: { onTrack: false } },
      { attendance: { percent: null }, hours: { onTrack: true } },
    ];
    expect(summarise(rows)).toEqual({ average: 87.5, onTrack: 2, count: 3 });
    expect(summarise([])).toEqual({ average: null, onTrack: 0, count: 0 });
  });
});
