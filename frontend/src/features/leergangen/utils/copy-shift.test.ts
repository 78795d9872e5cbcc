import { describe, expect, it } from 'vitest';
import { shiftDays } from './copy-shift';
import { parseDutchDate } from './parse-date';

describe('shiftDays', () => {
  it('shifts by whole weeks', () => {
    expect(shiftDays({ mode: 'weeks', weeks: 52, startsOn: null }, null)).toBe(364);
    expect(shiftDays({ mode: 'weeks', weeks: '-2', startsOn: null }, null)).toBe(-14);
    expect(shiftDays({ mode: 'weeks', weeks: '', startsOn: null }, null)).toBeNull();
    expect(shiftDays({ mode: 'weeks', weeks: '1,5', startsOn: null }, null)).toBeNull();
  });

  it('shifts to a new start date of leerjaar 1', () => {
    expect(shiftDays({ mode: 'date', weeks: 52, startsOn: '2028-09-04' }, '2027-09-06')).toBe(364);
    expect(shiftDays({ mode: 'date', weeks: 52, startsOn: '2028-09-04' }, null)).toBeNull();
    expect(shiftDays({ mode: 'date', weeks: 52, startsOn: null }, '2027-09-06')).toBeNull();
  });
});

describe('parseDutchDate', () => {
  it('reads dd-mm-jjjj strictly', () => {
    expect(parseDutchDate('9-3-2027')).toBe('2027-03-09');
    expect(parseDutchDate('09-03-2027')).toBe('2027-03-09');
    expect(parseDutchDate('2027-03-09')).toBe('2027-03-09');
    expect(parseDutchDate('31-02-2027')).toBeNull();
    expect(parseDutchDate('09-03-20')).toBeNull();
    expect(parseDutchDate('')).toBeNull();
  });
});
