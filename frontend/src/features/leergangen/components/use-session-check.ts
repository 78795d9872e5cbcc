import { useDebouncedValue } from '@mantine/hooks';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import type { CheckSessionInput } from '@/gql/graphql';
import { CheckSessionQuery } from '../api/check-session';

export interface CheckTarget {
  leergangId: string;
  /** The session being changed; null for a new one. */
  sessionId?: string | null;
  /** Null while the date or times are incomplete. */
  moments: { startsAt: string; endsAt: string } | null;
  location: string;
  groupIds: readonly string[];
  opleiderIds: readonly string[];
  praktijkPersonId?: string | null;
}

export const CHECK_DEBOUNCE_MS = 400;

/** The checkSession input for a target, or null when there is nothing to check yet. */
export function checkInput(target: CheckTarget): CheckSessionInput | null {
  if (!target.moments) return null;
  return {
    id: target.sessionId ?? null,
    leergangId: target.leergangId,
    startsAt: target.moments.startsAt,
    endsAt: target.moments.endsAt,
    location: target.location.trim(),
    groupIds: [...target.groupIds],
    opleiderIds: [...target.opleiderIds],
    praktijkPersonId: target.praktijkPersonId ?? null,
  };
}

/**
 * Asks the server for conflicts and holiday warnings a short while after the
 * date, time, location, opleiders or groups last changed.
 */
export function useSessionCheck(target: CheckTarget, pause = false) {
  const key = JSON.stringify(checkInput(target));
  const [debouncedKey] = useDebouncedValue(key, CHECK_DEBOUNCE_MS);
  const input = useMemo(() => JSON.parse(debouncedKey) as CheckSessionInput | null, [debouncedKey]);
  const [{ data, fetching, error, operation }] = useQuery({
    query: CheckSessionQuery,
    variables: { input: input ?? ({} as CheckSessionInput) },
    pause: pause || !input,
    requestPolicy: 'network-only',
  });
  // The answer belongs to the values asked (urql keeps the previous answer while a new one loads).
  const answered =
    Boolean(input) && !pause && !fetching && (operation === undefined || JSON.stringify(operation.variables.input) === debouncedKey);
  return {
    check: answered ? data?.checkSession : undefined,
    error: answered ? error : undefined,
    /** True while the values changed and their check has not come back yet. */
    checking: !pause && key !== 'null' && (key !== debouncedKey || fetching || !answered),
    /** The values have a complete date and time to check. */
    ready: key !== 'null',
  };
}
