// Pure helpers that shape a deelnemer's growth for the charts and tables.

export type Role = 'ZELF' | 'OPLEIDER' | 'MAATJE' | 'DIRECTIE';

export interface MomentRef {
  id: string;
  title: string;
}

export interface PointLike {
  momentId: string;
  role: Role;
  average: number;
}

export interface CompetencyGrowthLike {
  competency: { id: string; name: string };
  points: readonly PointLike[];
}

export interface ComparisonLike {
  momentId: string;
  competency: { id: string; name: string };
  aspect: { id: string; title: string };
  self?: number | null;
  opleider?: number | null;
}

export interface Difference {
  aspectId: string;
  aspect: string;
  competency: string;
  self: number;
  opleider: number;
  /** self − opleider: positive when the deelnemer rates higher than the opleider. */
  difference: number;
}

/** Rounds to one decimal, as averages are shown. */
export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** The moments that have at least one average for the role, in the given order. */
export function momentsWithData(moments: readonly MomentRef[], competencies: readonly CompetencyGrowthLike[], role: Role): MomentRef[] {
  const used = new Set(competencies.flatMap((c) => c.points.filter((p) => p.role === role).map((p) => p.momentId)));
  return moments.filter((m) => used.has(m.id));
}

/**
 * One row per moment with the role's average per competency (keyed by
 * competency id), the shape of a Mantine LineChart's data.
 */
export function lineChartData(
  moments: readonly MomentRef[],
  competencies: readonly CompetencyGrowthLike[],
  role: Role,
): Array<Record<string, string | number | null>> {
  return momentsWithData(moments, competencies, role).map((m) => {
    const row: Record<string, string | number | null> = { moment: m.title };
    for (const c of competencies) {
      const p = c.points.find((x) => x.momentId === m.id && x.role === role);
      row[c.competency.id] = p ? round1(p.average) : null;
    }
    return row;
  });
}

/** The aspects of one competency at one moment with self and opleider, for a RadarChart. */
export function radarData(comparisons: readonly ComparisonLike[], momentId: string, competencyId: string) {
  return comparisons
    .filter((c) => c.momentId === momentId && c.competency.id === competencyId)
    .map((c) => ({ aspect: c.aspect.title, zelf: c.self ?? 0, opleider: c.opleider ?? 0 }));
}

/**
 * The aspects where self and opleider differ most at a moment, largest first;
 * aspects without both ratings or without a difference are left out.
 */
export function largestDifferences(comparisons: readonly ComparisonLike[], momentId: string, limit = 5): Difference[] {
  const out: Difference[] = [];
  for (const c of comparisons) {
    if (c.momentId !== momentId || c.self == null || c.opleider == null) continue;
    const difference = round1(c.self - c.opleider);
    if (difference === 0) continue;
    out.push({ aspectId: c.aspect.id, aspect: c.aspect.title, competency: c.competency.name, self: c.self, opleider: c.opleider, difference });
  }
  out.sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference) || a.aspect.localeCompare(b.aspect));
  return out.slice(0, limit);
}

/** The newest moment with a self or opleider rating, the default for the per-moment views. */
export function latestComparedMoment(moments: readonly MomentRef[], comparisons: readonly ComparisonLike[]): string | null {
  const compared = new Set(comparisons.map((c) => c.momentId));
  const latest = moments.findLast((m) => compared.has(m.id));
  return latest ? latest.id : null;
}

/** How many aspects of a scan have a rating, for the progress line. */
export function ratedCount(values: Readonly<Record<string, number | null>>): number {
  return Object.values(values).filter((v) => v != null).length;
}

/** A heatmap cell's background for a value on the scale (low red, high green). */
export function heatColor(value: number | null | undefined, min: number, max: number): string | undefined {
  if (value == null || max <= min) return undefined;
  const t = Math.min(1, Math.max(0, (value - min) / (max - min)));
  const hue = Math.round(t * 120);
  return `hsl(${hue} 70% 85%)`;
}
