import type { CombinedError } from '@urql/core';
import { useEffect, useMemo, useState } from 'react';
import { useClient } from 'urql';
import type { SessionRowFieldsFragment } from '@/gql/graphql';
import { LeergangSessionsQuery } from '../api/leergang-sessions';
import type { TimeWindow } from '../utils/periods';

interface WindowResult {
  data?: readonly SessionRowFieldsFragment[];
  error?: CombinedError;
  fetching: boolean;
}

/** Sessions of all windows together, each once, by start. */
export function mergeSessions(lists: readonly (readonly SessionRowFieldsFragment[])[]): SessionRowFieldsFragment[] {
  const byId = new Map<string, SessionRowFieldsFragment>();
  for (const list of lists) for (const s of list) byId.set(s.id, s);
  return [...byId.values()].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.title.localeCompare(b.title));
}

/**
 * A leergang's sessions over a period longer than the sessions query allows in
 * one go: one query per window, kept live so that saves elsewhere show here.
 */
export function useLeergangSessions(leergangId: string, windows: readonly TimeWindow[]) {
  const client = useClient();
  const key = JSON.stringify([leergangId, windows]);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ key: string; results: (WindowResult | undefined)[] }>({ key, results: [] });

  useEffect(() => {
    const [id, list] = JSON.parse(key) as [string, TimeWindow[]];
    const results: (WindowResult | undefined)[] = list.map(() => undefined);
    const subscriptions = list.map((w, index) =>
      client
        .query(
          LeergangSessionsQuery,
          { from: w.from, to: w.to, leergangId: id },
          { requestPolicy: attempt > 0 ? 'network-only' : 'cache-and-network', additionalTypenames: ['Session', 'DeletePayload'] },
        )
        .subscribe((result) => {
          results[index] = { data: result.data?.sessions, error: result.error, fetching: Boolean(result.stale) };
          setState({ key, results: [...results] });
        }),
    );
    return () => subscriptions.forEach((s) => s.unsubscribe());
  }, [client, key, attempt]);

  return useMemo(() => {
    const results = state.key === key ? state.results : [];
    const count = windows.length;
    const complete = results.length === count && results.every((r) => r?.data !== undefined);
    const error = results.find((r) => r?.error)?.error;
    return {
      sessions: complete ? mergeSessions(results.map((r) => r?.data ?? [])) : undefined,
      fetching: !complete || results.some((r) => r?.fetching),
      error,
      retry: () => setAttempt((n) => n + 1),
    };
  }, [state, key, windows.length]);
}
