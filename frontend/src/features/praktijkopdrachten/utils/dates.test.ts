import { describe, expect, it } from 'vitest';
import { parseDutchDate } from './dates';

describe('parseDutchDate', () => {
  it.each([
    ['30-06-2027', '2027-06-30'],
    ['9-3-2027', '2027-03-09'],
    ['2027-03-09', '2027-03-09'],
    ['31-02-2027', null],
    ['30-06', null],
    ['', null],
  ])('%s → %s', (input, expected) => {
    expect(parseDutchDate(input)).toBe(expected);
  });
});
