/** One progress report: so many bytes had been sent at this moment (ms). */
export interface Sample {
  time: number;
  bytes: number;
}

/** How far back the speed looks: long enough to be steady, short enough to follow a change. */
export const SPEED_WINDOW_MS = 5000;

/**
 * Adds a progress report to the recent ones. Reports older than the window go,
 * but the two newest always stay. When the count goes down (a retry started
 * again from the server's offset) the history restarts.
 */
export function addSample(samples: readonly Sample[], sample: Sample, windowMs = SPEED_WINDOW_MS): Sample[] {
  const last = samples[samples.length - 1];
  if (last && sample.bytes < last.bytes) return [sample];
  const next = [...samples, sample];
  let start = 0;
  while (start < next.length - 2 && sample.time - (next[start]?.time ?? sample.time) > windowMs) start++;
  return next.slice(start);
}

/** Bytes per second over the recent reports; null until there is enough to say. */
export function speedOf(samples: readonly Sample[], minSpanMs = 500): number | null {
  const first = samples[0];
  const last = samples[samples.length - 1];
  if (!first || !last || last.time - first.time < minSpanMs) return null;
  return ((last.bytes - first.bytes) * 1000) / (last.time - first.time);
}

/** Seconds until the upload is done at this speed; null when unknown. */
export function etaSeconds(sent: number, total: number, speed: number | null): number | null {
  if (total <= 0) return null;
  if (sent >= total) return 0;
  if (speed === null || speed <= 0) return null;
  return Math.ceil((total - sent) / speed);
}

/** Whole percent done, never 100 before the last byte. */
export function percentOf(sent: number, total: number): number {
  if (total <= 0) return 0;
  if (sent >= total) return 100;
  return Math.min(99, Math.floor((sent / total) * 100));
}

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/** "12,3 MB" (powers of 1024, like the server's limits). */
export function formatBytes(bytes: number, language: string): string {
  let value = Math.max(bytes, 0);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value)} ${UNITS[unit]}`;
}

/** A time left split for display: under a minute in seconds, under an hour in minutes, else hours and minutes. */
export function splitRemaining(seconds: number): { unit: 'seconds' | 'minutes' | 'hours'; hours: number; minutes: number; seconds: number } {
  const s = Math.max(0, Math.ceil(seconds));
  if (s < 60) return { unit: 'seconds', hours: 0, minutes: 0, seconds: s };
  if (s < 3600) return { unit: 'minutes', hours: 0, minutes: Math.ceil(s / 60), seconds: 0 };
  const hours = Math.floor(s / 3600);
  return { unit: 'hours', hours, minutes: Math.round((s - hours * 3600) / 60), seconds: 0 };
}
