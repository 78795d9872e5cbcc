import { useCallback, useMemo } from 'react';
import type { ReactNode } from 'react';
import { useClient, useQuery } from 'urql';
import { ViewerContext } from './auth';
import type { Viewer, ViewerState } from './auth';
import { ViewerQuery } from './viewer';

export function ViewerProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const [{ data, fetching, error }] = useQuery({ query: ViewerQuery });

  const refresh = useCallback(async () => {
    await client.query(ViewerQuery, {}, { requestPolicy: 'network-only' }).toPromise();
  }, [client]);

  const value = useMemo<ViewerState>(
    () => ({
      viewer: data?.viewer ?? null,
      loading: fetching && !data,
      error: data ? undefined : error,
      refresh,
    }),
    [data, fetching, error, refresh],
  );

  return <ViewerContext value={value}>{children}</ViewerContext>;
}

/** For tests and stories: provides a fixed viewer. */
export function StaticViewerProvider({ viewer, children }: { viewer: Viewer | null; children: ReactNode }) {
  const value = useMemo<ViewerState>(
    () => ({ viewer, loading: false, error: undefined, refresh: () => Promise.resolve() }),
    [viewer],
  );
  return <ViewerContext value={value}>{children}</ViewerContext>;
}
