import { Client, cacheExchange, fetchExchange, mapExchange } from '@urql/core';
import type { CombinedError, Operation } from '@urql/core';
import { hasErrorCode, isNetworkError, requestIdOf } from './errors';

export interface ServerErrorDetails {
  requestId?: string;
  network: boolean;
  /** UNAVAILABLE: nothing was wrong with the request; trying again shortly will work. */
  retryable?: boolean;
}

export interface ClientHandlers {
  /** The session is gone or never existed: send the person to the login page. */
  onUnauthenticated: (operation: Operation) => void;
  /** A server fault (INTERNAL), a briefly unavailable database (UNAVAILABLE) or an unreachable server. */
  onServerError: (details: ServerErrorDetails) => void;
}

/** Reacts to the errors every screen shares; screens handle the rest themselves. */
export function handleCommonErrors(error: CombinedError, operation: Operation, handlers: ClientHandlers): void {
  if (hasErrorCode(error, 'UNAUTHENTICATED')) {
    handlers.onUnauthenticated(operation);
    return;
  }
  if (hasErrorCode(error, 'UNAVAILABLE')) {
    handlers.onServerError({ network: false, retryable: true });
    return;
  }
  if (hasErrorCode(error, 'INTERNAL')) {
    handlers.onServerError({ requestId: requestIdOf(error), network: false });
    return;
  }
  if (isNetworkError(error)) {
    handlers.onServerError({ network: true });
  }
}

/** The GraphQL client: same-origin POST with the session cookie. */
export function createClient(handlers: ClientHandlers): Client {
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    fetchOptions: () => ({
      credentials: 'same-origin',
      headers: { accept: 'application/graphql-response+json, application/json' },
    }),
    exchanges: [
      cacheExchange,
      mapExchange({
        onError(error, operation) {
          handleCommonErrors(error, operation, handlers);
        },
      }),
      fetchExchange,
    ],
  });
}
