import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { Pager } from './pager';
import { SortableTh } from './sortable-th';
import { Table } from '@mantine/core';

describe('Pager', () => {
  it('shows the range and disables Vorige on the first page', () => {
    renderWithProviders(<Pager pageIndex={0} pageSize={25} count={25} total={80} hasNextPage onPrevious={vi.fn()} onNext={vi.fn()} />);
    expect(screen.getByText('1–25 van 80')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Vorige' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Volgende' })).toBeEnabled();
  });

  it('shows the last page', async () => {
    const onPrevious = vi.fn();
    renderWithProviders(<Pager pageIndex={3} pageSize={25} count={5} total={80} hasNextPage={false} onPrevious={onPrevious} onNext={vi.fn()} />);
    expect(screen.getByText('76–80 van 80')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Volgende' })).toBeDisabled();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Vorige' }));
    expect(onPrevious).toHaveBeenCalledTimes(1);
  });
});

describe('SortableTh', () => {
  it('tells the sort direction with aria-sort and sorts on click', async () => {
    const onSort = vi.fn();
    renderWithProviders(
      <Table>
        <Table.Thead>
          <Table.Tr>
            <SortableTh direction="DESC" onSort={onSort}>
              Naam
            </SortableTh>
            <SortableTh direction={null} onSort={vi.fn()}>
              Plaats
            </SortableTh>
          </Table.Tr>
        </Table.Thead>
      </Table>,
    );
    expect(screen.getByRole('columnheader', { name: 'Naam' })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('columnheader', { name: 'Plaats' })).toHaveAttribute('aria-sort', 'none');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Naam' }));
    expect(onSort).toHaveBeenCalledTimes(1);
  });
});
