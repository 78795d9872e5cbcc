import { describe, expect, it } from 'vitest';
import { formatHours, progressOf } from './progress';

describe('progressOf', () => {
  it('splits 26 of 40 hours into attended and approved, with pending apart', () => {
    const p = progressOf({ norm: 40, attendanceHours: 16, approvedHours: 10, pendingHours: 1.5, totalHours: 26 });
    expect(p).toEqual({ attendance: 40, approved: 25, pending: 3.75, percent: 65, remaining: 14, complete: false });
  });

  it('never lets the sections run past the end of the bar', () => {
    const p = progressOf({ norm: 40, attendanceHours: 30, approvedHours: 15, pendingHours: 5, totalHours: 45 });
    expect(p.attendance + p.approved + p.pending).toBe(100);
    expect(p.attendance).toBe(75);
    expect(p.approved).toBe(25);
    expect(p.pending).toBe(0);
    expect(p.percent).toBe(113);
    expect(p.remaining).toBe(0);
    expect(p.complete).toBe(true);
  });

  it('copes with a norm of zero and fractions', () => {
    expect(progressOf({ norm: 0, attendanceHours: 3, approvedHours: 0, pendingHours: 0, totalHours: 3 })).toEqual({
      attendance: 0,
      approved: 0,
      pending: 0,
      percent: 0,
      remaining: 0,
      complete: false,
    });
    expect(progressOf({ norm: 40, attendanceHours: 3.5, approvedHours: 0, pendingHours: 0, totalHours: 3.5 }).remaining).toBe(36.5);
  });

  it('formats hours the Dutch way', () => {
    expect(formatHours(26, 'nl')).toBe('26');
    expect(formatHours(25.5, 'nl')).toBe('25,5');
    expect(formatHours(25.5, 'en')).toBe('25.5');
  });
});
