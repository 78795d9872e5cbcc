import { describe, expect, it } from 'vitest';
import { addDays, amsterdamInstant, amsterdamOffsetMinutes, amsterdamToday, daysBetween, fromRfc3339, isDateString, toRfc3339 } from './amsterdam-time';

describe('Amsterdam date and time ↔ RFC 3339', () => {
  it('uses +01:00 in winter and +02:00 in summer, whatever the browser zone', () => {
    expect(toRfc3339('2027-03-09', '09:00')).toBe('2027-03-09T09:00:00+01:00');
    expect(toRfc3339('2027-06-15', '13:00')).toBe('2027-06-15T13:00:00+02:00');
    expect(toRfc3339('2027-12-31', '23:30')).toBe('2027-12-31T23:30:00+01:00');
    expect(new Date(toRfc3339('2027-06-15', '13:00')).toISOString()).toBe('2027-06-15T11:00:00.000Z');
  });

  it('switches on the last Sunday of March and October', () => {
    // 28 March 2027: 02:00 becomes 03:00.
    expect(toRfc3339('2027-03-28', '01:30')).toBe('2027-03-28T01:30:00+01:00');
    expect(toRfc3339('2027-03-28', '03:30')).toBe('2027-03-28T03:30:00+02:00');
    // A time in the skipped hour moves forward by that hour.
    expect(toRfc3339('2027-03-28', '02:30')).toBe('2027-03-28T03:30:00+02:00');
    // 31 October 2027: 03:00 becomes 02:00 again.
    expect(toRfc3339('2027-10-30', '09:30')).toBe('2027-10-30T09:30:00+02:00');
    expect(toRfc3339('2027-10-31', '16:30')).toBe('2027-10-31T16:30:00+01:00');
    expect(amsterdamOffsetMinutes(Date.parse('2027-10-31T00:59:00Z'))).toBe(120);
    expect(amsterdamOffsetMinutes(Date.parse('2027-10-31T01:00:00Z'))).toBe(60);
  });

  it('reads the server’s UTC moments back as Amsterdam date and time', () => {
    expect(fromRfc3339('2027-03-09T08:00:00Z')).toEqual({ date: '2027-03-09', time: '09:00' });
    expect(fromRfc3339('2027-06-15T11:00:00Z')).toEqual({ date: '2027-06-15', time: '13:00' });
    // 23:30 UTC on New Year's Eve is already the next day in Amsterdam.
    expect(fromRfc3339('2027-12-31T23:30:00Z')).toEqual({ date: '2028-01-01', time: '00:30' });
    expect(fromRfc3339('2027-06-15T13:00:00+02:00')).toEqual({ date: '2027-06-15', time: '13:00' });
  });

  it('round-trips every half hour of a day with a clock change', () => {
    for (let minutes = 0; minutes < 24 * 60; minutes += 30) {
      const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      if (time === '02:00' || time === '02:30') continue; // skipped on this day
      expect(fromRfc3339(toRfc3339('2028-03-26', time))).toEqual({ date: '2028-03-26', time });
    }
  });

  it('counts calendar days', () => {
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(daysBetween('2027-10-01', '2027-11-01')).toBe(31);
    expect(daysBetween('2027-11-01', '2027-10-01')).toBe(-31);
  });

  it('checks date strings and finds today in Amsterdam', () => {
    expect(isDateString('2027-02-29')).toBe(false);
    expect(isDateString('2028-02-29')).toBe(true);
    expect(isDateString('9-3-2027')).toBe(false);
    expect(amsterdamToday(Date.parse('2027-06-30T22:30:00Z'))).toBe('2027-07-01');
    expect(() => amsterdamInstant('2027-13-01', '09:00')).toThrow(RangeError);
  });
});
