import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { RenderOptions } from '@testing-library/react';
import type { Client, OperationResult } from '@urql/core';
import type { ReactElement, ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { Provider as UrqlProvider } from 'urql';
import { vi } from 'vitest';
import { concat, delay, fromValue, never, pipe } from 'wonka';
import { theme } from '@/app/theme';
import type { Viewer } from '@/lib/auth';
import { i18n } from '@/lib/i18n';
import { StaticViewerProvider } from '@/lib/viewer-provider';

type PartialResult = Partial<Pick<OperationResult, 'data' | 'error'>>;

/** A stand-in urql client whose answers the test decides. */
export function mockClient(answers: { query?: () => PartialResult; mutation?: () => PartialResult } = {}) {
  // Like a real client, a query's source answers later and stays open (an ended
  // source would make urql drop the error of the answer).
  const executeQuery = vi.fn(() => (answers.query ? concat([pipe(fromValue(answers.query()), delay(1)), never]) : never));
  const executeMutation = vi.fn(() => fromValue(answers.mutation ? answers.mutation() : { data: {} }));
  const client = { executeQuery, executeMutation, executeSubscription: vi.fn(() => never) };
  return { client: client as unknown as Client, executeQuery, executeMutation };
}

export function makeViewer(overrides: Partial<Omit<Viewer, 'person'>> & { person?: Partial<Viewer['person']> } = {}): Viewer {
  return {
    roles: overrides.roles ?? ['BEHEERDER'],
    menu: overrides.menu ?? ['home', 'organisations', 'schools', 'people', 'outbox', 'profile'],
    person: {
      id: 'p1',
      name: 'Sanne de Vries',
      email: 'sanne.devries@dewegwijzer.nl',
      phone: '',
      status: 'ACTIVE',
      function: null,
      werktijdfactor: null,
      bouw: null,
      ibStartDate: null,
      isStarter: false,
      organisation: null,
      schools: [],
      ...overrides.person,
    },
  };
}

interface Options extends Omit<RenderOptions, 'wrapper'> {
  viewer?: Viewer | null;
  client?: Client;
  route?: string;
}

/** Renders with the app's providers: i18n, Mantine, urql, viewer and a memory router. */
export function renderWithProviders(ui: ReactElement, { viewer = makeViewer(), client, route = '/', ...options }: Options = {}) {
  const urql = client ?? mockClient().client;
  function Wrapper({ children }: { children: ReactNode }) {
    return (
      <I18nextProvider i18n={i18n}>
        <MantineProvider theme={theme}>
          <UrqlProvider value={urql}>
            <StaticViewerProvider viewer={viewer}>
              <MemoryRouter initialEntries={[route]}>{children}</MemoryRouter>
            </StaticViewerProvider>
          </UrqlProvider>
        </MantineProvider>
      </I18nextProvider>
    );
  }
  return render(ui, { wrapper: Wrapper, ...options });
}
