import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Provider as UrqlProvider } from 'urql';
import { ViewerProvider } from '@/lib/viewer-provider';
import { i18n } from '@/lib/i18n';
import { loginUrl, isPublicPath } from '@/lib/navigation';
import { notifyServerError } from '@/lib/notify';
import { createClient } from '@/lib/urql';
import { theme } from './theme';

function makeClient() {
  return createClient({
    onUnauthenticated() {
      const { pathname, search } = window.location;
      if (isPublicPath(pathname)) return;
      // A full load clears the cached answers of the ended session.
      window.location.assign(loginUrl(pathname + search));
    },
    onServerError: notifyServerError,
  });
}

/** Everything the app needs around it: i18n, theme, toasts, GraphQL client, viewer. */
export function AppProvider({ children }: { children: ReactNode }) {
  const [client] = useState(makeClient);
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme}>
        <Notifications position="bottom-right" limit={4} />
        <UrqlProvider value={client}>
          <ViewerProvider>{children}</ViewerProvider>
        </UrqlProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
