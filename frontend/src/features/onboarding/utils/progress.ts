// Pure helpers for checklists: grouping items per part and what is still open.

export type ItemStatus = 'OPEN' | 'GEDAAN' | 'NIET_VAN_TOEPASSING';

export interface ItemLike {
  id: string;
  partTitle: string;
  partPosition: number;
  status: ItemStatus;
}

export interface PartGroup<T extends ItemLike> {
  key: string;
  title: string;
  items: T[];
}

/** Items in the order the server gives them, grouped by consecutive part. */
export function groupByPart<T extends ItemLike>(items: readonly T[]): PartGroup<T>[] {
  const groups: PartGroup<T>[] = [];
  for (const item of items) {
    const key = `${item.partPosition}:${item.partTitle}`;
    const last = groups[groups.length - 1];
    if (last?.key === key) {
      last.items.push(item);
    } else {
      groups.push({ key, title: item.partTitle, items: [item] });
    }
  }
  return groups;
}

/** An item done or marked not applicable counts as complete, as on the server. */
export function isComplete(item: Pick<ItemLike, 'status'>): boolean {
  return item.status !== 'OPEN';
}

export function openItems<T extends ItemLike>(items: readonly T[]): T[] {
  return items.filter((i) => !isComplete(i));
}

export interface ProgressLike {
  done: number;
  notApplicable: number;
  total: number;
}

/** Complete items of the total, as a whole percentage rounded down. */
export function percentOf(p: ProgressLike): number {
  if (p.total <= 0) return 0;
  return Math.floor(((p.done + p.notApplicable) * 100) / p.total);
}

/** A colour for a percentage: grey at the start, blue on the way, green when complete. */
export function progressColour(percent: number): string {
  if (percent >= 100) return 'teal';
  if (percent > 0) return 'blue';
  return 'gray';
}

/** Today as YYYY-MM-DD in local time, the default date of a tick. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
