import { describe, expect, it } from 'vitest';
import { formatMoveTarget, formatTimeRange, offsetAt, offsetForWallClock, wallClock, zonedToInstant } from './amsterdam-time';

describe('Amsterdam time', () => {
  it('reads the wall clock in Amsterdam, whatever the machine’s zone', () => {
    // 08:00 UTC in winter is 09:00 in Amsterdam; in summer 10:00.
    expect(wallClock(Date.parse('2027-03-09T08:00:00Z'))).toEqual([2027, 2, 9, 9, 0, 0, 0]);
    expect(wallClock(Date.parse('2027-06-01T08:00:00.250Z'))).toEqual([2027, 5, 1, 10, 0, 0, 250]);
    expect(wallClock(Date.parse('2026-12-31T23:30:00Z'))).toEqual([2027, 0, 1, 0, 30, 0, 0]);
  });

  it('knows the offsets on both sides of the summer-time changes', () => {
    expect(offsetAt(Date.parse('2027-01-15T12:00:00Z'))).toBe(60);
    expect(offsetAt(Date.parse('2027-07-15T12:00:00Z'))).toBe(120);
    // Summer time starts 28 March 2027 at 01:00 UTC.
    expect(offsetAt(Date.parse('2027-03-28T00:59:00Z'))).toBe(60);
    expect(offsetAt(Date.parse('2027-03-28T01:00:00Z'))).toBe(120);
  });

  it('turns a wall-clock time into the right instant', () => {
    expect(zonedToInstant([2027, 2, 9, 9, 0, 0, 0]).toISOString()).toBe('2027-03-09T08:00:00.000Z');
    expect(zonedToInstant([2027, 5, 1, 13, 0, 0, 0]).toISOString()).toBe('2027-06-01T11:00:00.000Z');
    expect(offsetForWallClock([2027, 2, 29, 9, 0, 0, 0])).toBe(120);
    // 02:30 on 28 March 2027 does not exist; it moves forward an hour.
    expect(zonedToInstant([2027, 2, 28, 2, 30, 0, 0]).toISOString()).toBe('2027-03-28T01:30:00.000Z');
  });

  it('formats a move target in Dutch, in Amsterdam time', () => {
    expect(formatMoveTarget('2027-03-09T08:00:00Z', '2027-03-09T11:30:00Z', 'nl')).toBe('di 9 maart 09:00–12:30');
    expect(formatMoveTarget('2026-11-05T08:30:00Z', '2026-11-06T15:30:00Z', 'nl')).toBe('do 5 november 09:30 – vr 6 november 16:30');
  });

  it('formats the time range of an event', () => {
    expect(formatTimeRange('2027-06-01T11:00:00Z', '2027-06-01T14:30:00Z', 'nl')).toBe('13:00–16:30');
  });
});
