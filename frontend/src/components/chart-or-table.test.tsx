import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { ChartOrTable } from './chart-or-table';

const table = (
  <table>
    <caption>Scores per moment</caption>
    <tbody>
      <tr>
        <th scope="row">Start</th>
        <td>3,5</td>
      </tr>
    </tbody>
  </table>
);

describe('ChartOrTable', () => {
  it('hides the chart from screen readers, keeps the table for them and swaps on the toggle', async () => {
    renderWithProviders(
      <ChartOrTable title="Groei per competentie" intro="Het gemiddelde per scanmoment." chart={<p>de grafiek</p>} table={table} chartTestId="the-chart" />,
    );
    // A titled chart is a region named by its heading.
    const region = screen.getByRole('region', { name: 'Groei per competentie' });
    expect(region.tagName).toBe('SECTION');
    expect(screen.getByText('Het gemiddelde per scanmoment.')).toBeInTheDocument();

    const chart = screen.getByTestId('the-chart');
    expect(chart.getAttribute('aria-hidden')).toBe('true');
    expect(chart.textContent).toBe('de grafiek');
    // The table is in the page for screen readers while the chart shows.
    expect(screen.getByRole('table', { name: 'Scores per moment' })).toBeInTheDocument();

    const toggle = screen.getByRole('button', { name: 'Toon als tabel' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await userEvent.click(toggle);
    expect(screen.queryByTestId('the-chart')).toBeNull();
    expect(screen.queryByText('de grafiek')).toBeNull();
    expect(screen.getByRole('table', { name: 'Scores per moment' })).toBeInTheDocument();
    const back = screen.getByRole('button', { name: 'Toon als grafiek' });
    expect(back.getAttribute('aria-pressed')).toBe('true');
    await userEvent.click(back);
    expect(screen.getByRole('button', { name: 'Toon als tabel', pressed: false })).toBeInTheDocument();
    expect(screen.getByTestId('the-chart')).toBeInTheDocument();
  });

  it('shows its controls next to the toggle', () => {
    renderWithProviders(<ChartOrTable title="Per moment" controls={<button type="button">Kies moment</button>} chart={null} table={table} />);
    expect(screen.getByRole('button', { name: 'Kies moment' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Toon als tabel' })).toBeInTheDocument();
  });

  it('shows a summary instead of a title, without being a region', () => {
    renderWithProviders(<ChartOrTable summary={<p>Opkomst 88%.</p>} chart={<p>de grafiek</p>} table={table} />);
    expect(screen.getByText('Opkomst 88%.')).toBeInTheDocument();
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.queryByRole('heading')).toBeNull();
  });

  it('follows asTable when the parent keeps it, and reports each toggle', async () => {
    const onAsTableChange = vi.fn();
    function Parent() {
      const [asTable, setAsTable] = useState(true);
      return (
        <ChartOrTable
          summary="Samenvatting"
          chart={<p>de grafiek</p>}
          table={table}
          asTable={asTable}
          onAsTableChange={(value) => {
            onAsTableChange(value);
            setAsTable(value);
          }}
        />
      );
    }
    renderWithProviders(<Parent />);
    expect(screen.queryByText('de grafiek')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Toon als grafiek', pressed: true }));
    expect(onAsTableChange).toHaveBeenLastCalledWith(false);
    expect(screen.getByText('de grafiek')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Toon als tabel', pressed: false }));
    expect(onAsTableChange).toHaveBeenLastCalledWith(true);
    expect(screen.queryByText('de grafiek')).toBeNull();
  });

  it('stays as the parent says when the parent ignores the toggle', async () => {
    const onAsTableChange = vi.fn();
    renderWithProviders(<ChartOrTable summary="Samenvatting" chart={<p>de grafiek</p>} table={table} asTable={false} onAsTableChange={onAsTableChange} />);
    await userEvent.click(screen.getByRole('button', { name: 'Toon als tabel' }));
    expect(onAsTableChange).toHaveBeenCalledWith(true);
    expect(screen.getByText('de grafiek')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Toon als tabel', pressed: false })).toBeInTheDocument();
  });
});
