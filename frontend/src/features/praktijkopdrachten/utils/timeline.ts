/** What the timeline needs of a comment. */
export interface Timed {
  id: string;
  seconds: number;
  createdAt?: string;
}

/**
 * The length the timeline spans. The video's own duration when the browser
 * knows it; otherwise (still loading, or a recording without a duration in
 * its header) a little past the last moment that is known, so every marker
 * still fits on the bar. Null when there is nothing to place anything by.
 */
export function timelineDuration(videoDuration: number | null | undefined, knownEnd: number, items: readonly Timed[]): number | null {
  if (videoDuration !== null && videoDuration !== undefined && Number.isFinite(videoDuration) && videoDuration > 0) {
    return videoDuration;
  }
  const last = Math.max(Number.isFinite(knownEnd) ? knownEnd : 0, ...items.map((c) => c.seconds), 0);
  return last > 0 ? last * 1.05 : null;
}

/** Where on the bar (0–100, percent from the left) a moment goes; null without a duration. */
export function markerPercent(seconds: number, duration: number | null): number | null {
  if (duration === null || !Number.isFinite(duration) || duration <= 0) return null;
  const clamped = Math.min(Math.max(seconds, 0), duration);
  return Math.round((clamped / duration) * 10000) / 100;
}

/** Comments by moment in the video; at the same moment the older one first. */
export function sortByTime<T extends Timed>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) => a.seconds - b.seconds || (a.createdAt ?? '').localeCompare(b.createdAt ?? '') || a.id.localeCompare(b.id),
  );
}

/**
 * Markers that would overlap on the bar share a lane above the other, so each
 * stays clickable: a marker goes to the first lane whose last marker is at
 * least `minGap` percent to its left.
 */
export function assignLanes(percents: readonly number[], minGap = 2.5, maxLanes = 3): number[] {
  const lastInLane: number[] = [];
  return percents.map((p) => {
    for (let lane = 0; lane < maxLanes; lane++) {
      const last = lastInLane[lane];
      if (last === undefined || p - last >= minGap) {
        lastInLane[lane] = p;
        return lane;
      }
    }
    lastInLane[maxLanes - 1] = p;
    return maxLanes - 1;
  });
}
