import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { makeViewer, mockClient, renderWithProviders } from '@/testing/test-utils';
import { LoginForm } from './login-form';

function setup(answer?: Parameters<typeof mockClient>[0]) {
  const mock = mockClient(answer);
  const onSuccess = vi.fn();
  renderWithProviders(<LoginForm onSuccess={onSuccess} />, { client: mock.client, viewer: null });
  return { ...mock, onSuccess, user: userEvent.setup() };
}

describe('LoginForm', () => {
  it('asks for both fields in Dutch before anything is sent', async () => {
    const { user, executeMutation } = setup();
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    expect(await screen.findByText('Vul je e-mailadres in.')).toBeInTheDocument();
    expect(screen.getByText('Vul je wachtwoord in.')).toBeInTheDocument();
    expect(screen.getByLabelText('E-mailadres')).toHaveAttribute('aria-invalid', 'true');
    expect(executeMutation).not.toHaveBeenCalled();
  });

  it('rejects an invalid e-mail address at the field', async () => {
    const { user, executeMutation } = setup();
    await user.type(screen.getByLabelText('E-mailadres'), 'sanne@');
    await user.type(screen.getByLabelText('Wachtwoord'), 'geheim-wachtwoord');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    expect(await screen.findByText('Vul een geldig e-mailadres in, bijvoorbeeld naam@school.nl.')).toBeInTheDocument();
    expect(executeMutation).not.toHaveBeenCalled();
  });

  it('shows the Dutch message for wrong credentials', async () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('Onjuiste inloggegevens.', {
          extensions: { code: 'BAD_USER_INPUT', field: 'password', reason: 'invalid_credentials' },
        }),
      ],
    });
    const { user, onSuccess } = setup({ mutation: () => ({ error }) });
    await user.type(screen.getByLabelText('E-mailadres'), 'sanne.devries@dewegwijzer.nl');
    await user.type(screen.getByLabelText('Wachtwoord'), 'verkeerd-wachtwoord');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('E-mailadres of wachtwoord klopt niet.');
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it("shows the server's throttle message", async () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('Te veel pogingen. Probeer het over 5 minuten opnieuw.', {
          extensions: { code: 'BAD_USER_INPUT', field: 'password', reason: 'too_many_attempts' },
        }),
      ],
    });
    const { user } = setup({ mutation: () => ({ error }) });
    await user.type(screen.getByLabelText('E-mailadres'), 'sanne.devries@dewegwijzer.nl');
    await user.type(screen.getByLabelText('Wachtwoord'), 'nog-een-poging');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Te veel pogingen. Probeer het over 5 minuten opnieuw.');
  });

  it('signs in with the trimmed e-mail address', async () => {
    const { user, onSuccess, executeMutation } = setup({ mutation: () => ({ data: { login: { viewer: makeViewer() } } }) });
    await user.type(screen.getByLabelText('E-mailadres'), '  sanne.devries@dewegwijzer.nl ');
    await user.type(screen.getByLabelText('Wachtwoord'), 'Leergang-demo-2026');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    const [request] = executeMutation.mock.calls[0] as unknown as [{ variables: unknown }];
    expect(request.variables).toEqual({ input: { email: 'sanne.devries@dewegwijzer.nl', password: 'Leergang-demo-2026' } });
  });
});

describe('LoginForm on blur', () => {
  it('explains an invalid e-mail address when leaving the field', async () => {
    const { user } = setup();
    await user.type(screen.getByLabelText('E-mailadres'), 'geen-adres');
    await user.tab();
    expect(await screen.findByText('Vul een geldig e-mailadres in, bijvoorbeeld naam@school.nl.')).toBeInTheDocument();
  });
});
