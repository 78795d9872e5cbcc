import { Stack } from '@mantine/core';
import type { CombinedError } from '@urql/core';
import type { ReactNode } from 'react';
import { DetailSkeleton } from './loading';
import { QueryError } from './query-error';

interface DetailLoadingProps {
  /** The back link, shown above the notice or skeleton. */
  back: ReactNode;
  error: CombinedError | undefined;
  fetching: boolean;
  /** Called by the notice's retry button, e.g. `() => reexecute({ requestPolicy: 'network-only' })`. */
  onRetry: () => void;
}

/** What a detail page shows before its object has loaded: the back link, a load error with retry, and a skeleton while fetching. */
export function DetailLoading({ back, error, fetching, onRetry }: DetailLoadingProps) {
  return (
    <Stack gap="lg">
      {back}
      {error ? <QueryError error={error} onRetry={onRetry} /> : null}
      {fetching ? <DetailSkeleton /> : null}
    </Stack>
  );
}
