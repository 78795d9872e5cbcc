import { describe, expect, it } from 'vitest';
import { addSample, etaSeconds, formatBytes, percentOf, speedOf, splitRemaining } from './upload-stats';
import type { Sample } from './upload-stats';

function feed(samples: Sample[]): Sample[] {
  return samples.reduce<Sample[]>((acc, s) => addSample(acc, s), []);
}

describe('upload speed', () => {
  it('measures bytes per second over the recent window', () => {
    const samples = feed([
      { time: 0, bytes: 0 },
      { time: 1000, bytes: 1_000_000 },
      { time: 2000, bytes: 2_000_000 },
    ]);
    expect(speedOf(samples)).toBe(1_000_000);
  });

  it('forgets reports older than the window', () => {
    const samples = feed([
      { time: 0, bytes: 0 },
      { time: 1000, bytes: 100 },
      { time: 10_000, bytes: 1_000_100 },
      { time: 11_000, bytes: 2_000_100 },
    ]);
    expect(samples[0]?.time).toBe(10_000);
    expect(speedOf(samples)).toBe(1_000_000);
  });

  it('keeps the two newest reports, however old', () => {
    const samples = feed([
      { time: 0, bytes: 0 },
      { time: 8000, bytes: 800 },
    ]);
    expect(samples).toHaveLength(2);
    expect(speedOf(samples)).toBe(100);
  });

  it('starts again when a retry resumes from a lower offset', () => {
    const samples = feed([
      { time: 0, bytes: 0 },
      { time: 1000, bytes: 5000 },
      { time: 2000, bytes: 3000 },
    ]);
    expect(samples).toEqual([{ time: 2000, bytes: 3000 }]);
    expect(speedOf(samples)).toBeNull();
  });

  it('says nothing until half a second has passed', () => {
    expect(speedOf(feed([{ time: 0, bytes: 0 }]))).toBeNull();
    expect(speedOf(feed([{ time: 0, bytes: 0 }, { time: 200, bytes: 100 }]))).toBeNull();
  });
});

describe('etaSeconds', () => {
  it('divides what is left by the speed', () => {
    expect(etaSeconds(1_000_000, 3_000_000, 1_000_000)).toBe(2);
    expect(etaSeconds(0, 10, 3)).toBe(4);
  });

  it('is zero when done and unknown without a speed', () => {
    expect(etaSeconds(10, 10, null)).toBe(0);
    expect(etaSeconds(5, 10, null)).toBeNull();
    expect(etaSeconds(5, 10, 0)).toBeNull();
    expect(etaSeconds(0, 0, 5)).toBeNull();
  });
});

describe('percentOf', () => {
  it('rounds down and keeps 100 for the end', () => {
    expect(percentOf(0, 200)).toBe(0);
    expect(percentOf(99, 200)).toBe(49);
    expect(percentOf(1999, 2000)).toBe(99);
    expect(percentOf(2000, 2000)).toBe(100);
    expect(percentOf(1, 0)).toBe(0);
  });
});

describe('formatBytes', () => {
  it('uses powers of 1024 and the language’s decimal mark', () => {
    expect(formatBytes(512, 'nl')).toBe('512 B');
    expect(formatBytes(1536, 'nl')).toBe('1,5 KB');
    expect(formatBytes(50 * 1024 * 1024, 'nl')).toBe('50 MB');
    expect(formatBytes(4 * 1024 ** 3, 'en')).toBe('4 GB');
    expect(formatBytes(1.25 * 1024 * 1024, 'en')).toBe('1.3 MB');
  });
});

describe('splitRemaining', () => {
  it('picks seconds, minutes or hours', () => {
    expect(splitRemaining(42)).toMatchObject({ unit: 'seconds', seconds: 42 });
    expect(splitRemaining(61)).toMatchObject({ unit: 'minutes', minutes: 2 });
    expect(splitRemaining(3600 + 30 * 60)).toMatchObject({ unit: 'hours', hours: 1, minutes: 30 });
  });
});
