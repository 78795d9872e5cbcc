import { describe, expect, it } from 'vitest';
import { heatColor, largestDifferences, latestComparedMoment, lineChartData, radarData, ratedCount } from './growth-data';
import type { ComparisonLike, CompetencyGrowthLike } from './growth-data';

const moments = [
  { id: 'm1', title: 'Start' },
  { id: 'm2', title: 'Einde leerjaar 1' },
  { id: 'm3', title: 'Einde leerjaar 2' },
];

const competencies: CompetencyGrowthLike[] = [
  { competency: { id: 'c1', name: 'Communiceren' }, points: [
    { momentId: 'm1', role: 'ZELF', average: 1.666 },
    { momentId: 'm2', role: 'ZELF', average: 2.75 },
    { momentId: 'm2', role: 'OPLEIDER', average: 3 },
  ] },
  { competency: { id: 'c2', name: 'Coachen' }, points: [{ momentId: 'm2', role: 'ZELF', average: 2 }] },
];

const cmp = (momentId: string, aspect: string, self: number | null, opleider: number | null, competency = 'c1'): ComparisonLike => ({
  momentId,
  competency: { id: competency, name: competency === 'c1' ? 'Communiceren' : 'Coachen' },
  aspect: { id: aspect, title: `Aspect ${aspect}` },
  self,
  opleider,
});

describe('lineChartData', () => {
  it('gives one row per moment with data, the averages rounded and missing ones null', () => {
    expect(lineChartData(moments, competencies, 'ZELF')).toEqual([
      { moment: 'Start', c1: 1.7, c2: null },
      { moment: 'Einde leerjaar 1', c1: 2.8, c2: 2 },
    ]);
    expect(lineChartData(moments, competencies, 'OPLEIDER')).toEqual([{ moment: 'Einde leerjaar 1', c1: 3, c2: null }]);
  });
});

describe('largestDifferences', () => {
  const comparisons = [cmp('m2', 'a', 2, 4), cmp('m2', 'b', 3, 3), cmp('m2', 'c', 4, 3), cmp('m2', 'd', null, 2), cmp('m1', 'e', 1, 4)];
  it('orders by the size of the difference and leaves out equal and incomplete aspects and other moments', () => {
    const out = largestDifferences(comparisons, 'm2');
    expect(out.map((d) => [d.aspectId, d.difference])).toEqual([
      ['a', -2],
      ['c', 1],
    ]);
  });
  it('keeps at most the limit', () => {
    expect(largestDifferences(comparisons, 'm2', 1)).toHaveLength(1);
  });
});

describe('radarData and latestComparedMoment', () => {
  it('takes the aspects of one competency at one moment', () => {
    const comparisons = [cmp('m2', 'a', 2, 3), cmp('m2', 'b', 3, null, 'c2'), cmp('m1', 'c', 1, 1)];
    expect(radarData(comparisons, 'm2', 'c1')).toEqual([{ aspect: 'Aspect a', zelf: 2, opleider: 3 }]);
    expect(latestComparedMoment(moments, comparisons)).toBe('m2');
    expect(latestComparedMoment(moments, [])).toBeNull();
  });
});

describe('ratedCount and heatColor', () => {
  it('counts rated aspects', () => {
    expect(ratedCount({ a: 1, b: null, c: 3 })).toBe(2);
  });
  it('colours from red (low) to green (high) and leaves empty cells alone', () => {
    expect(heatColor(1, 1, 4)).toBe('hsl(0 70% 85%)');
    expect(heatColor(4, 1, 4)).toBe('hsl(120 70% 85%)');
    expect(heatColor(null, 1, 4)).toBeUndefined();
  });
});
