import { describe, expect, it } from 'vitest';
import { sortLedgers } from './overview-sort';
import type { OverviewLedger } from './overview-sort';

function ledger(name: string, leergang: string, number: number, total: number, norm = 40): OverviewLedger {
  return {
    person: { id: name, name },
    leergang: { id: leergang, name: leergang },
    leerjaar: { id: `${leergang}-${number}`, number },
    norm,
    attendanceHours: total,
    approvedHours: 0,
    pendingHours: 0,
    totalHours: total,
  };
}

const rows = [ledger('Lotte van Dijk', 'B', 1, 10), ledger('Anouk Smit', 'A', 2, 30, 60), ledger('Anouk Smit', 'A', 1, 20)];

describe('sortLedgers', () => {
  it('sorts by name, then leergang and leerjaar', () => {
    expect(sortLedgers(rows, 'NAME', 'ASC').map((l) => `${l.person.name} ${l.leerjaar.number}`)).toEqual([
      'Anouk Smit 1',
      'Anouk Smit 2',
      'Lotte van Dijk 1',
    ]);
  });

  it('sorts by hours and by progress, both ways', () => {
    expect(sortLedgers(rows, 'TOTAL', 'DESC').map((l) => l.totalHours)).toEqual([30, 20, 10]);
    // 30 of 60 is 50%, 20 of 40 is 50%, 10 of 40 is 25%.
    expect(sortLedgers(rows, 'PROGRESS', 'ASC').map((l) => l.totalHours)).toEqual([10, 20, 30]);
  });
});
