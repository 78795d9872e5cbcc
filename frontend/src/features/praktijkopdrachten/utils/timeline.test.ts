import { describe, expect, it } from 'vitest';
import { assignLanes, markerPercent, sortByTime, timelineDuration } from './timeline';

describe('timelineDuration', () => {
  it('uses the video duration when the browser knows it', () => {
    expect(timelineDuration(30, 0, [{ id: 'a', seconds: 12 }])).toBe(30);
  });

  it('falls back to a little past the last known moment', () => {
    expect(timelineDuration(Number.POSITIVE_INFINITY, 0, [{ id: 'a', seconds: 20 }])).toBeCloseTo(21);
    expect(timelineDuration(Number.NaN, 40, [{ id: 'a', seconds: 20 }])).toBeCloseTo(42);
    expect(timelineDuration(undefined, 0, [])).toBeNull();
    // A recording without a duration in its header: the browser says Infinity for both.
    expect(timelineDuration(Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, [{ id: 'a', seconds: 2 }])).toBeCloseTo(2.1);
  });
});

describe('markerPercent', () => {
  it('places a moment by its share of the duration', () => {
    expect(markerPercent(0, 30)).toBe(0);
    expect(markerPercent(12.5, 50)).toBe(25);
    expect(markerPercent(30, 30)).toBe(100);
    expect(markerPercent(10, 30)).toBe(33.33);
  });

  it('keeps markers on the bar', () => {
    expect(markerPercent(-2, 30)).toBe(0);
    expect(markerPercent(45, 30)).toBe(100);
  });

  it('has no place without a duration', () => {
    expect(markerPercent(5, null)).toBeNull();
    expect(markerPercent(5, 0)).toBeNull();
    expect(markerPercent(5, Number.POSITIVE_INFINITY)).toBeNull();
  });
});

describe('sortByTime', () => {
  it('sorts by moment, then by age', () => {
    const sorted = sortByTime([
      { id: 'c', seconds: 21, createdAt: '2026-01-01T10:00:00Z' },
      { id: 'b', seconds: 4, createdAt: '2026-01-02T10:00:00Z' },
      { id: 'a', seconds: 4, createdAt: '2026-01-01T10:00:00Z' },
    ]);
    expect(sorted.map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('assignLanes', () => {
  it('puts markers that are close together on separate lanes', () => {
    expect(assignLanes([10, 11, 12, 40, 41])).toEqual([0, 1, 2, 0, 1]);
  });

  it('reuses the last lane when all are taken', () => {
    expect(assignLanes([10, 10.5, 11, 11.5], 2.5, 3)).toEqual([0, 1, 2, 2]);
  });
});
