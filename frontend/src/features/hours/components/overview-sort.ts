import type { HoursOverviewQuery } from '@/gql/graphql';
import { progressOf } from './progress';

export type OverviewLedger = HoursOverviewQuery['hoursOverview'][number];
export type SortField = 'NAME' | 'LEERGANG' | 'TOTAL' | 'PROGRESS';

function compare(a: OverviewLedger, b: OverviewLedger, field: SortField): number {
  const byName = a.person.name.localeCompare(b.person.name, 'nl');
  const byLeergang = a.leergang.name.localeCompare(b.leergang.name, 'nl') || a.leerjaar.number - b.leerjaar.number;
  switch (field) {
    case 'NAME':
      return byName || byLeergang;
    case 'LEERGANG':
      return byLeergang || byName;
    case 'TOTAL':
      return a.totalHours - b.totalHours || byName || byLeergang;
    case 'PROGRESS':
      return progressOf(a).percent - progressOf(b).percent || byName || byLeergang;
  }
}

/** The overview's rows in the chosen order; ties fall back to the name. */
export function sortLedgers(ledgers: readonly OverviewLedger[], field: SortField, direction: 'ASC' | 'DESC'): OverviewLedger[] {
  const sign = direction === 'ASC' ? 1 : -1;
  return [...ledgers].sort((a, b) => sign * compare(a, b, field));
}
