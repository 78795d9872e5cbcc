import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from '@urql/core';
import type { ComponentProps } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { ListStates } from './list-states';

interface Connection {
  totalCount: number;
  nodes: string[];
}

const error = new CombinedError({ networkError: new Error('offline') });

function renderList(props: Partial<ComponentProps<typeof ListStates<Connection>>> = {}) {
  return renderWithProviders(
    <ListStates<Connection>
      connection={undefined}
      hasData={false}
      error={undefined}
      fetching={false}
      filtered={false}
      empty={<p>Nog niets</p>}
      onRetry={vi.fn()}
      {...props}
    >
      {(connection) => (
        <ul aria-label="lijst">
          {connection.nodes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </ListStates>,
  );
}

describe('ListStates', () => {
  it('shows a skeleton (5 rows unless told) on the first load', () => {
    const { container } = renderList({ fetching: true });
    expect(screen.getByLabelText('Laden…')).toHaveAttribute('aria-busy', 'true');
    expect(container.querySelectorAll('.mantine-Skeleton-root')).toHaveLength(5);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByText('Nog niets')).not.toBeInTheDocument();
  });

  it('passes skeletonRows to the skeleton', () => {
    const { container } = renderList({ fetching: true, skeletonRows: 3 });
    expect(container.querySelectorAll('.mantine-Skeleton-root')).toHaveLength(3);
  });

  it('shows the error without data, and retry calls back', async () => {
    const onRetry = vi.fn();
    renderList({ error, onRetry });
    expect(screen.getByRole('alert')).toHaveTextContent('De gegevens konden niet worden geladen.');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('hides the error and skeleton once there is data', () => {
    renderList({ error, fetching: true, hasData: true, connection: { totalCount: 1, nodes: ['a'] } });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Laden…')).not.toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'lijst' })).toBeInTheDocument();
  });

  it('shows the empty state when there is nothing and no filter', () => {
    renderList({ hasData: true, connection: { totalCount: 0, nodes: [] } });
    expect(screen.getByText('Nog niets')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'lijst' })).not.toBeInTheDocument();
  });

  it('shows the table, not the empty state, for an empty filtered answer', () => {
    renderList({ hasData: true, filtered: true, connection: { totalCount: 0, nodes: [] } });
    expect(screen.queryByText('Nog niets')).not.toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'lijst' })).toBeInTheDocument();
  });

  it('wraps the table in a box that is aria-busy while refetching', () => {
    const connection = { totalCount: 2, nodes: ['a', 'b'] };
    const { rerender } = renderList({ hasData: true, fetching: true, connection });
    const box = screen.getByRole('list', { name: 'lijst' }).parentElement;
    expect(box).toHaveAttribute('aria-busy', 'true');
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    rerender(
      <ListStates<Connection> connection={connection} hasData error={undefined} fetching={false} filtered={false} empty={null} onRetry={vi.fn()}>
        {(c) => <ul aria-label="lijst">{c.nodes.join(',')}</ul>}
      </ListStates>,
    );
    expect(screen.getByRole('list', { name: 'lijst' }).parentElement).toHaveAttribute('aria-busy', 'false');
  });
});
