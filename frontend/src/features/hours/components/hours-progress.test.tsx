import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { renderWithProviders } from '@/testing/test-utils';
import { HoursProgress } from './hours-progress';

const totals = { norm: 40, attendanceHours: 19.5, approvedHours: 6.5, pendingHours: 1.5, totalHours: 26 };

describe('HoursProgress', () => {
  it('tells its hours as a progress bar and in words', () => {
    renderWithProviders(<HoursProgress totals={totals} label="Uren van Marloes Wolters" />);
    const bar = screen.getByRole('progressbar', { name: 'Uren van Marloes Wolters' });
    expect(bar).toHaveAttribute('aria-valuenow', '26');
    expect(bar).toHaveAttribute('aria-valuemax', '40');
    expect(bar).toHaveAttribute('aria-valuetext', '26 van 40 uur');
    expect(screen.getByText('26 van 40 uur')).toBeInTheDocument();
    expect(screen.getByText(/19,5 uur aanwezig bij bijeenkomsten en 6,5 uur goedgekeurd opgegeven\. 1,5 uur wacht op beoordeling\. Nog 14 uur te gaan\./)).toBeInTheDocument();
    // The sections themselves are not separate progress bars.
    expect(screen.getAllByRole('progressbar')).toHaveLength(1);
  });

  it('speaks English too', async () => {
    await i18n.changeLanguage('en');
    renderWithProviders(<HoursProgress totals={totals} label="Hours" compact />);
    expect(screen.getByRole('progressbar', { name: 'Hours' })).toHaveAttribute('aria-valuetext', '26 of 40 hours');
    expect(screen.getByText('65%')).toBeInTheDocument();
  });
});
