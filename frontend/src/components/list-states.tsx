import { Box } from '@mantine/core';
import type { CombinedError } from '@urql/core';
import type { ReactNode } from 'react';
import { TableSkeleton } from './loading';
import { QueryError } from './query-error';

interface ListStatesProps<C extends { totalCount: number }> {
  /** The loaded connection; null or undefined until the query answers. */
  connection: C | null | undefined;
  /** Whether the query has answered at all; the error and skeleton show only before that. */
  hasData: boolean;
  error: CombinedError | undefined;
  fetching: boolean;
  /** Whether a search or filter is on: then an empty answer still shows the table (with its pager), not `empty`. */
  filtered: boolean;
  /** Shown when there is nothing at all, e.g. an `<EmptyState>`. */
  empty: ReactNode;
  /** Called by the error notice's retry button. */
  onRetry: () => void;
  /** Rows of the first-load skeleton (TableSkeleton's default when left out). */
  skeletonRows?: number;
  /** The table for a loaded connection; wrapped in a box that is aria-busy while refetching. */
  children: (connection: C) => ReactNode;
}

/** The states around a paged list: load error, first-load skeleton, empty state, and the (busy-aware) table. */
export function ListStates<C extends { totalCount: number }>({
  connection,
  hasData,
  error,
  fetching,
  filtered,
  empty,
  onRetry,
  skeletonRows,
  children,
}: ListStatesProps<C>) {
  return (
    <>
      {error && !hasData ? <QueryError error={error} onRetry={onRetry} /> : null}
      {fetching && !hasData ? <TableSkeleton rows={skeletonRows} /> : null}
      {connection && connection.totalCount === 0 && !filtered ? empty : null}
      {connection && (connection.totalCount > 0 || filtered) ? <Box aria-busy={fetching}>{children(connection)}</Box> : null}
    </>
  );
}
