import { describe, expect, it } from 'vitest';
import { nextMeeting } from './meeting-time';

describe('nextMeeting', () => {
  const now = Date.parse('2026-11-23T12:00:00Z');
  const meeting = (id: string, endsAt: string, cancelledAt: string | null = null) => ({ id, endsAt, cancelledAt });

  it('skips meetings that ended or were cancelled', () => {
    const meetings = [
      meeting('past', '2026-11-01T16:30:00Z'),
      meeting('cancelled', '2026-11-30T16:30:00Z', '2026-11-20T09:00:00Z'),
      meeting('next', '2026-12-14T16:30:00Z'),
      meeting('later', '2027-01-18T16:30:00Z'),
    ];
    expect(nextMeeting(meetings, now)?.id).toBe('next');
  });

  it('counts a meeting that is still going on', () => {
    expect(nextMeeting([meeting('now', '2026-11-23T13:00:00Z')], now)?.id).toBe('now');
  });

  it('is undefined without upcoming meetings', () => {
    expect(nextMeeting([meeting('past', '2026-11-01T16:30:00Z')], now)).toBeUndefined();
  });
});
