import { CombinedError, gql } from '@urql/core';
import type { Operation } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { createClient, handleCommonErrors } from './urql';

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

  it('reports UNAVAILABLE as a retryable server error', () => {
    const h = handlers();
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('De server is even niet bereikbaar; probeer het zo opnieuw.', {
          extensions: { code: 'UNAVAILABLE', retryable: true },
        }),
      ],
    });
    handleCommonErrors(error, operation, h);
    expect(h.onServerError).toHaveBeenCalledWith({ network: false, retryable: true });
    expect(h.onUnauthenticated).not.toHaveBeenCalled();
  });

  it('reads the JSON body of a 503 from the server as GraphQL errors', async () => {
    // While the database restarts, the session middleware answers 503 with a JSON error body.
    const body = JSON.stringify({
      errors: [{ message: 'De server is even niet bereikbaar; probeer het zo opnieuw.', extensions: { code: 'UNAVAILABLE', retryable: true } }],
    });
    const fetchMock = vi.fn(() =>
      Promise.resolve(new Response(body, { status: 503, statusText: 'Service Unavailable', headers: { 'Content-Type': 'application/json' } })),
    );
    vi.stubGlobal('fetch', fetchMock);
    try {
      const h = handlers();
      const client = createClient(h);
      const result = await client.query(gql`{ viewer { roles } }`, {}, { url: 'http://localhost/graphql' }).toPromise();
      expect(fetchMock).toHaveBeenCalledTimes(1);
      expect(result.data).toBeUndefined();
      expect(result.error?.graphQLErrors[0]?.extensions.code).toBe('UNAVAILABLE');
      expect(h.onServerError).toHaveBeenCalledWith({ network: false, retryable: true });
    } finally {
      vi.unstubAllGlobals();
    }
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
