import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from './i18n';
import { showMutationError } from './mutation-errors';

const notifyError = vi.hoisted(() => vi.fn());
vi.mock('./notify', () => ({ notifyError }));

function error(...errors: [string, Record<string, unknown>][]) {
  return new CombinedError({ graphQLErrors: errors.map(([message, extensions]) => new GraphQLError(message, { extensions })) });
}

describe('showMutationError', () => {
  beforeEach(() => notifyError.mockClear());

  it('puts field errors on the form and toasts nothing for them', () => {
    const form = { setFieldError: vi.fn() };
    showMutationError(
      error(
        ['Er is al iemand met dit e-mailadres.', { code: 'BAD_USER_INPUT', field: 'email', reason: 'email_taken' }],
        ['De werktijdfactor ligt tussen 0 en 1, bijvoorbeeld 0,6.', { code: 'BAD_USER_INPUT', field: 'werktijdfactor', reason: 'out_of_range' }],
      ),
      form,
      ['email', 'werktijdfactor'],
    );
    expect(form.setFieldError).toHaveBeenCalledWith('email', 'Er is al iemand met dit e-mailadres.');
    expect(form.setFieldError).toHaveBeenCalledWith('werktijdfactor', 'De werktijdfactor ligt tussen 0 en 1, bijvoorbeeld 0,6.');
    expect(notifyError).not.toHaveBeenCalled();
  });

  it("toasts a CONFLICT with the server's message", () => {
    showMutationError(error(['Deze organisatie heeft nog scholen of mensen.', { code: 'CONFLICT' }]));
    expect(notifyError).toHaveBeenCalledWith('Deze organisatie heeft nog scholen of mensen.');
  });

  it('toasts an input error for a field the form does not have, translated in English', async () => {
    await i18n.changeLanguage('en');
    const form = { setFieldError: vi.fn() };
    showMutationError(error(['Je kunt je eigen beheerdersrol niet weghalen.', { code: 'BAD_USER_INPUT', field: 'roles', reason: 'self_lockout' }]), form, ['name']);
    expect(form.setFieldError).not.toHaveBeenCalled();
    expect(notifyError).toHaveBeenCalledWith('You cannot remove your own administrator role.');
  });

  it('leaves INTERNAL, UNAVAILABLE and UNAUTHENTICATED to the client', () => {
    showMutationError(
      error(
        ['Er ging iets mis.', { code: 'INTERNAL', requestId: 'r1' }],
        ['Log in.', { code: 'UNAUTHENTICATED' }],
        ['De server is even niet bereikbaar; probeer het zo opnieuw.', { code: 'UNAVAILABLE', retryable: true }],
      ),
    );
    expect(notifyError).not.toHaveBeenCalled();
  });
});
