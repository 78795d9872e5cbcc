import { describe, expect, it } from 'vitest';
import { groupByPart, openItems, percentOf, progressColour, todayIso } from './progress';
import type { ItemLike } from './progress';

const item = (id: string, partPosition: number, partTitle: string, status: ItemLike['status'] = 'OPEN'): ItemLike => ({
  id,
  partPosition,
  partTitle,
  status,
});

describe('groupByPart', () => {
  it('keeps the order and groups consecutive items of a part', () => {
    const groups = groupByPart([item('a', 1, 'Facilitering'), item('b', 1, 'Facilitering'), item('c', 2, 'Taken')]);
    expect(groups.map((g) => [g.title, g.items.map((i) => i.id)])).toEqual([
      ['Facilitering', ['a', 'b']],
      ['Taken', ['c']],
    ]);
  });

  it('keeps an old part apart from a new one at the same position', () => {
    const groups = groupByPart([item('a', 3, 'Oud'), item('b', 3, 'Zorgbeleid')]);
    expect(groups).toHaveLength(2);
  });
});

describe('progress', () => {
  it('counts done and not applicable as complete', () => {
    expect(percentOf({ done: 10, notApplicable: 1, total: 21 })).toBe(52);
    expect(percentOf({ done: 0, notApplicable: 0, total: 0 })).toBe(0);
    expect(percentOf({ done: 3, notApplicable: 0, total: 3 })).toBe(100);
  });

  it('lists only the open items', () => {
    const open = openItems([item('a', 1, 'A', 'GEDAAN'), item('b', 1, 'A'), item('c', 1, 'A', 'NIET_VAN_TOEPASSING')]);
    expect(open.map((i) => i.id)).toEqual(['b']);
  });

  it('colours by progress', () => {
    expect(progressColour(0)).toBe('gray');
    expect(progressColour(40)).toBe('blue');
    expect(progressColour(100)).toBe('teal');
  });

  it('formats today as a local date', () => {
    expect(todayIso(new Date(2026, 10, 3, 23, 30))).toBe('2026-11-03');
  });
});
