import { describe, expect, it } from 'vitest';
import { DAGDEEL_TIMES, dagdeelCount, dagdeelOfTimes, defaultTimes, endDateOf, normaliseTime, overlapsWithin, sessionMoments } from './session-times';

describe('dagdeel defaults', () => {
  it('has the agreed times per dagdeel', () => {
    expect(DAGDEEL_TIMES).toEqual({ OCHTEND: ['09:00', '12:30'], MIDDAG: ['13:00', '16:30'], AVOND: ['18:30', '21:30'] });
    expect(defaultTimes('DAGDEEL', 'MIDDAG')).toEqual(['13:00', '16:30']);
    expect(defaultTimes('TWEEDAAGSE', null)).toEqual(['09:30', '16:30']);
    expect(defaultTimes('VERDIEPINGSDAG', null)).toEqual(['09:00', '16:30']);
    expect(defaultTimes('INTERVISIE', null)).toBeNull();
    expect(dagdeelOfTimes('18:30', '21:30')).toBe('AVOND');
    expect(dagdeelOfTimes('10:00', '12:00')).toBeNull();
  });

  it('counts a tweedaagse as 4 dagdelen', () => {
    expect(dagdeelCount('DAGDEEL')).toBe(1);
    expect(dagdeelCount('TWEEDAAGSE')).toBe(4);
    expect(dagdeelCount('INTERVISIE')).toBe(0);
    expect([...Array<string>(4).fill('DAGDEEL'), 'TWEEDAAGSE'].reduce((n, k) => n + dagdeelCount(k as 'DAGDEEL'), 0)).toBe(8);
  });
});

describe('sessionMoments', () => {
  it('sends a dagdeel on one day with the Amsterdam offset', () => {
    expect(sessionMoments({ kind: 'DAGDEEL', date: '2027-03-09', startTime: '09:00', endTime: '12:30' })).toEqual({
      startsAt: '2027-03-09T09:00:00+01:00',
      endsAt: '2027-03-09T12:30:00+01:00',
    });
  });

  it('ends a tweedaagse on the next day, also across the clock change', () => {
    expect(endDateOf('TWEEDAAGSE', '2028-02-10')).toBe('2028-02-11');
    expect(sessionMoments({ kind: 'TWEEDAAGSE', date: '2027-10-30', startTime: '09:30', endTime: '16:30' })).toEqual({
      startsAt: '2027-10-30T09:30:00+02:00',
      endsAt: '2027-10-31T16:30:00+01:00',
    });
  });

  it('gives nothing while incomplete or when the end is not after the start', () => {
    expect(sessionMoments({ kind: 'DAGDEEL', date: null, startTime: '09:00', endTime: '12:30' })).toBeNull();
    expect(sessionMoments({ kind: 'DAGDEEL', date: '2027-03-09', startTime: '9', endTime: '12:30' })).toBeNull();
    expect(sessionMoments({ kind: 'DAGDEEL', date: '2027-03-09', startTime: '12:30', endTime: '12:30' })).toBeNull();
    // A tweedaagse may end earlier in the day than it started: it is the next day.
    expect(sessionMoments({ kind: 'TWEEDAAGSE', date: '2027-03-09', startTime: '16:00', endTime: '12:00' })).not.toBeNull();
  });
});

describe('normaliseTime', () => {
  it('reads times as people type them', () => {
    expect(normaliseTime('9')).toBe('09:00');
    expect(normaliseTime('930')).toBe('09:30');
    expect(normaliseTime('9.30')).toBe('09:30');
    expect(normaliseTime(' 13:05 ')).toBe('13:05');
    expect(normaliseTime('1830')).toBe('18:30');
    expect(normaliseTime('25:00')).toBe('25:00');
    expect(normaliseTime('half tien')).toBe('half tien');
  });
});

describe('overlapsWithin', () => {
  it('finds sessions of one proposal that fall together', () => {
    const dagdeel = { startsAt: '2028-04-27T09:00:00+02:00', endsAt: '2028-04-27T12:30:00+02:00' };
    const tweedaagse = { startsAt: '2028-04-27T09:30:00+02:00', endsAt: '2028-04-28T16:30:00+02:00' };
    const later = { startsAt: '2028-05-09T09:00:00+02:00', endsAt: '2028-05-09T12:30:00+02:00' };
    expect(overlapsWithin([dagdeel, tweedaagse, later, null])).toEqual([[1], [0], [], []]);
  });
});
