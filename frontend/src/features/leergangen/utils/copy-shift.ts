import { daysBetween, isDateString } from './amsterdam-time';

export type ShiftMode = 'weeks' | 'date';

export interface ShiftValues {
  mode: ShiftMode;
  /** NumberInput hands out a string while the number is incomplete or empty. */
  weeks: number | string;
  startsOn: string | null;
}

/**
 * Days to shift every date of a copied leergang by: whole weeks, or from the first
 * leerjaar's start to a new start date. Null while the choice is incomplete.
 */
export function shiftDays(values: ShiftValues, firstStart: string | null): number | null {
  if (values.mode === 'weeks') {
    if (values.weeks === '') return null;
    const weeks = typeof values.weeks === 'number' ? values.weeks : Number(values.weeks.trim().replace(',', '.'));
    return Number.isInteger(weeks) ? weeks * 7 : null;
  }
  if (!isDateString(values.startsOn) || !isDateString(firstStart)) return null;
  return daysBetween(firstStart, values.startsOn);
}
