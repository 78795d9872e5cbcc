import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import type { AttendanceStatLike } from '../utils/attendance-stats';
import { AttendanceStatsView } from './attendance-stats-view';

const stats: AttendanceStatLike[] = [
  {
    session: { id: 's1', title: 'Jaar 2, dagdeel 1', startsAt: '2027-03-09T12:30:00Z' },
    aanwezig: 5,
    gedeeltelijk: 1,
    afwezigMetBericht: 1,
    afwezigZonderBericht: 1,
    registered: 8,
    rate: 75,
  },
  {
    session: { id: 's2', title: 'Jaar 2, dagdeel 2', startsAt: '2027-04-13T11:30:00Z' },
    aanwezig: 8,
    gedeeltelijk: 0,
    afwezigMetBericht: 0,
    afwezigZonderBericht: 0,
    registered: 8,
    rate: 100,
  },
  {
    session: { id: 's3', title: 'Jaar 2, tweedaagse', startsAt: '2027-05-06T07:30:00Z' },
    aanwezig: 0,
    gedeeltelijk: 0,
    afwezigMetBericht: 0,
    afwezigZonderBericht: 0,
    registered: 0,
    rate: null,
  },
];

function cells(row: HTMLElement): string[] {
  return within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent ?? '');
}

describe('AttendanceStatsView', () => {
  it('gives every number in a captioned table with headers, also while the chart shows', async () => {
    renderWithProviders(<AttendanceStatsView stats={stats} caption="Opkomst per bijeenkomst van Coachen" />);
    // The chart is hidden from screen readers; the table is in the page for them.
    expect(screen.getByTestId('attendance-stats-chart').getAttribute('aria-hidden')).toBe('true');
    const table = screen.getByRole('table', { name: 'Opkomst per bijeenkomst van Coachen' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual([
      'Bijeenkomst',
      'Aanwezig',
      'Gedeeltelijk aanwezig',
      'Afwezig met bericht',
      'Afwezig zonder bericht',
      'Geregistreerd',
      'Opkomst',
    ]);
    const first = within(table).getByRole('row', { name: /9 mrt 2027 · Jaar 2, dagdeel 1/ });
    expect(within(first).getByRole('rowheader').textContent).toBe('9 mrt 2027 · Jaar 2, dagdeel 1');
    expect(cells(first)).toEqual(['5', '1', '1', '1', '8', '75%']);
    const unregistered = within(table).getByRole('row', { name: /Jaar 2, tweedaagse/ });
    expect(cells(unregistered)).toEqual(['0', '0', '0', '0', '0', 'nog niet geregistreerd']);
    const total = within(table).getByRole('row', { name: /Totaal/ });
    expect(within(total).getByRole('rowheader').textContent).toBe('Totaal (2 bijeenkomsten met registratie)');
    // 14 of 16 registrations came (aanwezig or gedeeltelijk): 87.5% rounds to 88%.
    expect(cells(total)).toEqual(['13', '1', '1', '1', '16', '88%']);
    expect(screen.getByTestId('attendance-stats-summary').textContent).toBe(
      'Opkomst 88% over 2 bijeenkomsten met registratie (aanwezig en gedeeltelijk aanwezig samen).',
    );

    // The toggle swaps the chart for the visible table and says its state.
    const toggle = screen.getByRole('button', { name: 'Toon als tabel' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await userEvent.click(toggle);
    expect(screen.queryByTestId('attendance-stats-chart')).toBeNull();
    const back = screen.getByRole('button', { name: 'Toon als grafiek' });
    expect(back.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('table', { name: 'Opkomst per bijeenkomst van Coachen' })).toBeTruthy();
  }, 30_000);
});
