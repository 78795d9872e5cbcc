import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { GrowthScanMomentFragment } from '@/gql/graphql';
import { makeViewer, mockClient, renderWithProviders } from '@/testing/test-utils';
import { MomentForm } from './moment-form';
import { MomentsAdmin } from './moments-admin';

const notifyError = vi.hoisted(() => vi.fn());
const notifySuccess = vi.hoisted(() => vi.fn());
vi.mock('@/lib/notify', () => ({ notifyError, notifySuccess }));

const leerjaren = [
  { id: 'lj1', number: 1 },
  { id: 'lj2', number: 2 },
];

const moment: GrowthScanMomentFragment = {
  id: 'm2',
  kind: 'EIND_LEERJAAR',
  title: 'Einde leerjaar 2',
  opensOn: '2028-05-15',
  closesOn: '2028-07-10',
  askMaatje: true,
  askDirectie: false,
  isOpen: false,
  leerjaar: { id: 'lj2', number: 2 },
};

const opleider = makeViewer({ roles: ['OPLEIDER'], menu: ['home', 'leergangen'], person: { id: 'op1', name: 'Marit Jansen' } });

function renderEdit(mutation: NonNullable<Parameters<typeof mockClient>[0]>['mutation']) {
  const mock = mockClient({ mutation });
  const onDone = vi.fn();
  const onCancel = vi.fn();
  renderWithProviders(<MomentForm leergangId="l1" leerjaren={leerjaren} moment={moment} onDone={onDone} onCancel={onCancel} />, {
    client: mock.client,
    viewer: opleider,
  });
  return { ...mock, onDone, onCancel };
}

describe('MomentForm in edit mode', () => {
  beforeEach(() => {
    notifyError.mockClear();
    notifySuccess.mockClear();
  });

  it('starts with the moment’s values', () => {
    renderEdit(() => ({ data: {} }));
    expect(screen.getByRole('textbox', { name: /^Titel/ })).toHaveValue('Einde leerjaar 2');
    expect(screen.getByRole('combobox', { name: 'Soort moment' })).toHaveValue('Einde leerjaar');
    expect(screen.getByRole('combobox', { name: 'Leerjaar' })).toHaveValue('Leerjaar 2');
    expect(screen.getByRole('textbox', { name: /^Opent op/ })).toHaveValue('15-05-2028');
    expect(screen.getByRole('textbox', { name: /^Sluit op/ })).toHaveValue('10-07-2028');
    expect(screen.getByRole('checkbox', { name: 'Ook het maatje vraagt een scan' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Ook de directie vraagt een scan' })).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'Wijzigingen opslaan' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Moment toevoegen' })).not.toBeInTheDocument();
  });

  it('saves with updateScanMoment, says so and closes', async () => {
    const { executeMutation, onDone } = renderEdit(() => ({ data: { updateScanMoment: { moment: { ...moment, title: 'Eindscan jaar 2' } } } }));
    const title = screen.getByRole('textbox', { name: /^Titel/ });
    await userEvent.clear(title);
    await userEvent.type(title, 'Eindscan jaar 2');
    await userEvent.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    const [operation] = executeMutation.mock.calls[0] as unknown as [{ variables: unknown }];
    expect(operation.variables).toEqual({
      input: {
        id: 'm2',
        moment: { kind: 'EIND_LEERJAAR', leerjaarId: 'lj2', title: 'Eindscan jaar 2', opensOn: '2028-05-15', closesOn: '2028-07-10', askMaatje: true, askDirectie: false },
      },
    });
    expect(notifySuccess).toHaveBeenCalledExactlyOnceWith('Het scanmoment is gewijzigd.');
  });

  it('shows the server’s Dutch message next to the field and moves the focus there', async () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('De sluitdatum ligt voor de openingsdatum.', {
          extensions: { code: 'BAD_USER_INPUT', field: 'closesOn', reason: 'before_open' },
        }),
      ],
    });
    const { onDone } = renderEdit(() => ({ data: null, error }));
    await userEvent.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    const closesOn = screen.getByRole('textbox', { name: /^Sluit op/ });
    expect(await screen.findByText('De sluitdatum ligt voor de openingsdatum.')).toBeInTheDocument();
    expect(closesOn).toHaveAttribute('aria-invalid', 'true');
    expect(closesOn).toHaveAccessibleDescription(/De sluitdatum ligt voor de openingsdatum\./);
    expect(closesOn).toHaveFocus();
    expect(onDone).not.toHaveBeenCalled();
    expect(notifySuccess).not.toHaveBeenCalled();
    expect(notifyError).not.toHaveBeenCalled();
  });

  it('cancels without saving', async () => {
    const { executeMutation, onCancel } = renderEdit(() => ({ data: {} }));
    await userEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(onCancel).toHaveBeenCalledOnce();
    expect(executeMutation).not.toHaveBeenCalled();
  });
});

describe('MomentsAdmin', () => {
  it('opens the edit dialog with the focus on the title, and returns it to Bewerken on closing', async () => {
    const { client } = mockClient();
    renderWithProviders(<MomentsAdmin leergangId="l1" moments={[moment]} leerjaren={leerjaren} onChange={() => undefined} />, { client, viewer: opleider });
    const edit = screen.getByRole('button', { name: 'Bewerken: Einde leerjaar 2' });
    expect(edit).toHaveAttribute('aria-haspopup', 'dialog');
    await userEvent.click(edit);
    const dialog = await screen.findByRole('dialog', { name: 'Scanmoment bewerken: Einde leerjaar 2' });
    const title = within(dialog).getByRole('textbox', { name: /^Titel/ });
    await waitFor(() => expect(title).toHaveFocus());
    expect(title).toHaveValue('Einde leerjaar 2');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(edit).toHaveFocus());
  });
});
