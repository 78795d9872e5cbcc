import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { ProgressOverview } from './progress-overview';

describe('ProgressOverview', () => {
  it('gives the total and every part as text and as labelled progress bars', () => {
    renderWithProviders(
      <ProgressOverview
        progress={{
          done: 10,
          notApplicable: 1,
          total: 21,
          percent: 52,
          parts: [
            { title: 'Facilitering en ondersteuning', done: 3, notApplicable: 0, total: 3, percent: 100 },
            { title: 'Overdracht en inwerken', done: 0, notApplicable: 1, total: 3, percent: 33 },
          ],
        }}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Voortgang' })).toBeInTheDocument();
    expect(screen.getByText('11 van 21 punten afgerond (52%)')).toBeInTheDocument();
    expect(screen.getByText('1 niet van toepassing')).toBeInTheDocument();
    const bar = screen.getByRole('progressbar', { name: 'Overdracht en inwerken: 33% afgerond' });
    expect(bar).toHaveAttribute('aria-valuenow', '33');
    expect(screen.getByText('3 van 3 afgerond')).toBeInTheDocument();
  });
});
