import { describe, expect, it } from 'vitest';
import { formatTimestamp, timestampParts } from './time';

describe('formatTimestamp', () => {
  it.each([
    [0, '00:00'],
    [4, '00:04'],
    [12.5, '00:12'],
    [59.999, '00:59'],
    [192, '03:12'],
    [599, '09:59'],
    [3599, '59:59'],
    [3600, '1:00:00'],
    [3723, '1:02:03'],
    [36000 + 61, '10:01:01'],
  ])('%s s → %s', (seconds, expected) => {
    expect(formatTimestamp(seconds)).toBe(expected);
  });

  it('shows 00:00 for negative, NaN and infinite values', () => {
    expect(formatTimestamp(-3)).toBe('00:00');
    expect(formatTimestamp(Number.NaN)).toBe('00:00');
    expect(formatTimestamp(Number.POSITIVE_INFINITY)).toBe('00:00');
  });
});

describe('timestampParts', () => {
  it('splits into hours, minutes and seconds', () => {
    expect(timestampParts(3723.9)).toEqual({ hours: 1, minutes: 2, seconds: 3 });
    expect(timestampParts(192)).toEqual({ hours: 0, minutes: 3, seconds: 12 });
  });
});
