import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { mockClient, renderWithProviders } from '@/testing/test-utils';
import { ErasePersonDialog } from './erase-person-dialog';

const person = { id: 'p2', name: 'Lotte van Dijk' };

function renderDialog() {
  const mock = mockClient({
    mutation: () => ({ data: { erasePerson: { erasedId: 'p2', filesRemoved: 0, attendanceKeptAnonymously: 3 } } }),
  });
  renderWithProviders(
    <Routes>
      <Route path="/mensen/p2" element={<ErasePersonDialog opened person={person} onClose={() => undefined} />} />
      <Route path="/mensen" element={<h1>Mensen</h1>} />
    </Routes>,
    { client: mock.client, route: '/mensen/p2' },
  );
  return mock;
}

describe('ErasePersonDialog', () => {
  it('explains what goes and what stays, and wants the name typed', async () => {
    const { executeMutation } = renderDialog();
    expect(await screen.findByRole('heading', { name: 'Dit verdwijnt' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Dit blijft, zonder naam' })).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(/Typ ter bevestiging de naam/), 'Lotte');
    await userEvent.click(screen.getByRole('button', { name: 'Definitief wissen' }));
    expect(await screen.findByText('De naam komt niet overeen met Lotte van Dijk.')).toBeInTheDocument();
    expect(executeMutation).not.toHaveBeenCalled();
  });

  it('erases after the name is typed and goes back to the people list', async () => {
    const { executeMutation } = renderDialog();
    await userEvent.type(await screen.findByLabelText(/Typ ter bevestiging de naam/), 'lotte van dijk');
    await userEvent.click(screen.getByRole('button', { name: 'Definitief wissen' }));
    expect(await screen.findByRole('heading', { name: 'Mensen' })).toBeInTheDocument();
    expect(executeMutation).toHaveBeenCalledTimes(1);
  });
});
