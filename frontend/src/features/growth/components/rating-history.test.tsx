import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ScanRatingHistoryQuery } from '@/gql/graphql';
import { mockClient, renderWithProviders } from '@/testing/test-utils';
import { RatingHistory } from './rating-history';

const scale = [
  { value: 1, label: 'Nog niet', description: '' },
  { value: 2, label: 'Soms', description: '' },
  { value: 3, label: 'Meestal', description: '' },
  { value: 4, label: 'Altijd', description: '' },
];

const marit = { id: 'op1', name: 'Marit Jansen' };
const erik = { id: 'op2', name: 'Erik Bakker' };

// Deliberately not in time order, with a row of another aspect in between.
const answer: ScanRatingHistoryQuery = {
  scan: {
    id: 's1',
    history: [
      { aspectId: 'a1', value: 2, note: 'Eerste indruk.', createdAt: '2027-03-01T09:00:00Z', author: marit },
      { aspectId: 'a1', value: 4, note: '', createdAt: '2027-03-20T15:30:00Z', author: erik },
      { aspectId: 'a2', value: 1, note: 'Ander aspect.', createdAt: '2027-03-25T10:00:00Z', author: marit },
      { aspectId: 'a1', value: 3, note: 'Na het tweede gesprek bijgesteld.', createdAt: '2027-03-10T11:00:00Z', author: null },
    ],
  },
};

function renderHistory() {
  const mock = mockClient({ query: () => ({ data: answer }) });
  renderWithProviders(<RatingHistory scanId="s1" aspectId="a1" aspectTitle="Doelen stellen" scale={scale} />, { client: mock.client });
  return mock;
}

describe('RatingHistory', () => {
  it('is collapsed at first and fetches nothing', () => {
    const { executeQuery } = renderHistory();
    const button = screen.getByRole('button', { name: 'Geschiedenis: Doelen stellen' });
    expect(button).toHaveTextContent('Geschiedenis');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(panel).not.toBeNull();
    expect(panel).not.toBeVisible();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    expect(executeQuery).not.toHaveBeenCalled();
  });

  it('opens to the scores of this aspect, newest first, with author, time and note', async () => {
    const { executeQuery } = renderHistory();
    const button = screen.getByRole('button', { name: 'Geschiedenis: Doelen stellen' });
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const list = await screen.findByRole('list', { name: 'Scores voor Doelen stellen, nieuwste eerst' });
    expect(document.getElementById(button.getAttribute('aria-controls') ?? '')).toContainElement(list);
    expect(executeQuery).toHaveBeenCalledOnce();

    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    const [newest, middle, oldest] = items as [HTMLElement, HTMLElement, HTMLElement];
    expect(newest).toHaveTextContent('4 · Altijd');
    expect(newest).toHaveTextContent('huidige score');
    expect(newest).toHaveTextContent('Erik Bakker');
    expect(newest.querySelector('time')).toHaveAttribute('datetime', '2027-03-20T15:30:00Z');
    expect(middle).toHaveTextContent('3 · Meestal');
    expect(middle).toHaveTextContent('Onbekend');
    expect(middle).toHaveTextContent('Na het tweede gesprek bijgesteld.');
    expect(middle).not.toHaveTextContent('huidige score');
    expect(oldest).toHaveTextContent('2 · Soms');
    expect(oldest).toHaveTextContent('Marit Jansen');
    expect(oldest).toHaveTextContent('Eerste indruk.');
    expect(oldest.querySelector('time')).toHaveAttribute('datetime', '2027-03-01T09:00:00Z');
    expect(screen.queryByText('Ander aspect.')).not.toBeInTheDocument();
  });

  it('closes again', async () => {
    renderHistory();
    const button = screen.getByRole('button', { name: 'Geschiedenis: Doelen stellen' });
    await userEvent.click(button);
    await screen.findByRole('list');
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });
});
