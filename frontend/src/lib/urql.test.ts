import { CombinedError } from '@urql/core';
import type { Operation } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { handleCommonErrors } from './urql';

const operation = {} as Operation;

function handlers() {
  return { onUnauthenticated: vi.fn(), onServerError: vi.fn() };
}

describe('handleCommonErrors', () => {
  it('sends UNAUTHENTICATED to the login handler', () => {
    const h = handlers();
    const error = new CombinedError({ graphQLErrors: [new GraphQLError('Log in.', { extensions: { code: 'UNAUTHENTICATED' } })] });
    handleCommonErrors(error, operation, h);
    expect(h.onUnauthenticated).toHaveBeenCalledTimes(1);
    expect(h.onServerError).not.toHaveBeenCalled();
  });

  it('reports INTERNAL with its request id', () => {
    const h = handlers();
    const error = new CombinedError({
      graphQLErrors: [new GraphQLError('Er ging iets mis.', { extensions: { code: 'INTERNAL', requestId: 'abc123' } })],
    });
    handleCommonErrors(error, operation, h);
    expect(h.onServerError).toHaveBeenCalledWith({ requestId: 'abc123', network: false });
  });

  it('reports an unreachable server', () => {
    const h = handlers();
    handleCommonErrors(new CombinedError({ networkError: new Error('Failed to fetch') }), operation, h);
    expect(h.onServerError).toHaveBeenCalledWith({ network: true });
  });

  it('leaves errors the screens handle alone', () => {
    const h = handlers();
    const error = new CombinedError({
      graphQLErrors: [new GraphQLError('Bezet.', { extensions: { code: 'BAD_USER_INPUT', field: 'email' } })],
    });
    handleCommonErrors(error, operation, h);
    expect(h.onUnauthenticated).not.toHaveBeenCalled();
    expect(h.onServerError).not.toHaveBeenCalled();
  });
});
