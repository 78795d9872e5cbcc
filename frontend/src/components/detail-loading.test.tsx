import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from '@urql/core';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { DetailLoading } from './detail-loading';

const error = new CombinedError({ networkError: new Error('offline') });

describe('DetailLoading', () => {
  it('shows the back link and a skeleton while fetching', () => {
    renderWithProviders(<DetailLoading back={<a href="/terug">Terug</a>} error={undefined} fetching onRetry={vi.fn()} />);
    expect(screen.getByRole('link', { name: 'Terug' })).toBeInTheDocument();
    expect(screen.getByLabelText('Laden…')).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the error before the skeleton, and retry calls back', async () => {
    const onRetry = vi.fn();
    renderWithProviders(<DetailLoading back={<a href="/terug">Terug</a>} error={error} fetching onRetry={onRetry} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('De gegevens konden niet worden geladen.');
    expect(alert.compareDocumentPosition(screen.getByLabelText('Laden…')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('shows only the back link when neither fetching nor failed', () => {
    renderWithProviders(<DetailLoading back={<a href="/terug">Terug</a>} error={undefined} fetching={false} onRetry={vi.fn()} />);
    expect(screen.getByRole('link', { name: 'Terug' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Laden…')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
