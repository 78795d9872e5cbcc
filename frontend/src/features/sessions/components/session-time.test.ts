import { describe, expect, it } from 'vitest';
import { formatHours, formatMoment, formatSessionWhen } from './session-time';

describe('session time', () => {
  it('formats a dagdeel in Dutch, in Amsterdam time (also in winter and summer)', () => {
    expect(formatSessionWhen('2027-03-09T08:00:00Z', '2027-03-09T11:30:00Z', 'nl')).toBe('dinsdag 9 maart 2027, 09:00–12:30');
    expect(formatSessionWhen('2027-06-01T11:00:00Z', '2027-06-01T14:30:00Z', 'nl')).toBe('dinsdag 1 juni 2027, 13:00–16:30');
  });

  it('formats a tweedaagse over two days', () => {
    expect(formatSessionWhen('2026-11-05T08:30:00Z', '2026-11-06T15:30:00Z', 'nl')).toBe(
      'donderdag 5 november 2026, 09:30 – vrijdag 6 november 2026, 16:30',
    );
  });

  it('formats English with 24-hour times too', () => {
    expect(formatSessionWhen('2027-03-09T08:00:00Z', '2027-03-09T11:30:00Z', 'en')).toBe('Tuesday, March 9, 2027, 09:00–12:30');
  });

  it('formats a moment and hours', () => {
    expect(formatMoment('2026-11-20T08:15:00Z', 'nl')).toBe('20 nov 2026, 09:15');
    expect(formatHours(3.5, 'nl')).toBe('3,5');
    expect(formatHours(26, 'nl')).toBe('26');
  });
});
