import { act, renderHook } from '@testing-library/react';
import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Provider as UrqlProvider } from 'urql';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/lib/i18n';
import { mockClient } from '@/testing/test-utils';
import type { AgendaSession } from './calendar-events';
import { useMoveSession } from './use-move-session';

const notifyError = vi.hoisted(() => vi.fn());
const notifySuccess = vi.hoisted(() => vi.fn());
vi.mock('@/lib/notify', () => ({ notifyError, notifySuccess }));

const session = { id: 's1', startsAt: '2026-03-10T08:00:00Z', endsAt: '2026-03-10T11:30:00Z' } as AgendaSession;

function failure(...errors: [string, Record<string, unknown>][]) {
  return new CombinedError({ graphQLErrors: errors.map(([message, extensions]) => new GraphQLError(message, { extensions })) });
}

/** Drags the session to another day while the server answers with `error`; returns whether the event was put back. */
async function moveFailingWith(error: CombinedError) {
  const { client } = mockClient({ mutation: () => ({ data: null, error }) });
  function Wrapper({ children }: { children: ReactNode }) {
    return (
      <I18nextProvider i18n={i18n}>
        <UrqlProvider value={client}>{children}</UrqlProvider>
      </I18nextProvider>
    );
  }
  const { result } = renderHook(() => useMoveSession(), { wrapper: Wrapper });
  const revert = vi.fn();
  await act(() => result.current({ session, startsAt: '2026-03-11T08:00:00Z', endsAt: '2026-03-11T11:30:00Z', revert }));
  return revert;
}

const unavailable: [string, Record<string, unknown>] = [
  'De server is even niet bereikbaar; probeer het zo opnieuw.',
  { code: 'UNAVAILABLE', retryable: true, requestId: 'r1' },
];

describe('useMoveSession', () => {
  beforeEach(() => {
    notifyError.mockClear();
    notifySuccess.mockClear();
  });

  it('puts the event back and explains a refusal in a toast', async () => {
    const revert = await moveFailingWith(failure(['Opleider Jan geeft dan al een andere bijeenkomst.', { code: 'CONFLICT' }]));
    expect(revert).toHaveBeenCalledOnce();
    expect(notifyError).toHaveBeenCalledExactlyOnceWith('Opleider Jan geeft dan al een andere bijeenkomst.', i18n.t('agenda.moveFailed'));
  });

  it('leaves UNAVAILABLE to the client, which already shows its own toast', async () => {
    const revert = await moveFailingWith(failure(unavailable));
    expect(revert).toHaveBeenCalledOnce();
    expect(notifyError).not.toHaveBeenCalled();
    expect(notifySuccess).not.toHaveBeenCalled();
  });

  it('leaves INTERNAL and UNAUTHENTICATED to the client too', async () => {
    await moveFailingWith(failure(['Er ging iets mis aan onze kant.', { code: 'INTERNAL', requestId: 'r2' }]));
    await moveFailingWith(failure(['Log eerst in.', { code: 'UNAUTHENTICATED' }]));
    expect(notifyError).not.toHaveBeenCalled();
  });

  it('still shows a refusal that comes with an UNAVAILABLE error, without the unavailable message', async () => {
    await moveFailingWith(failure(unavailable, ['Deze bijeenkomst valt buiten het leerjaar.', { code: 'BAD_USER_INPUT', field: 'startsAt', reason: 'out_of_range' }]));
    expect(notifyError).toHaveBeenCalledExactlyOnceWith('Deze bijeenkomst valt buiten het leerjaar.', i18n.t('agenda.moveFailed'));
  });
});
