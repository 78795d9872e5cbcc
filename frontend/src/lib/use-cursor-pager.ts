import { useState } from 'react';

interface PagerState {
  key: string;
  /** The `after` cursors of the pages before the current one, plus the current one. */
  cursors: string[];
}

/**
 * Relay cursor paging with a stack of cursors so "Vorige" can go back.
 * Changing `resetKey` (search, filters, sort) starts again at the first page.
 */
export function useCursorPager(resetKey: string) {
  const [state, setState] = useState<PagerState>({ key: resetKey, cursors: [] });
  const cursors = state.key === resetKey ? state.cursors : [];
  const after = cursors.length > 0 ? cursors[cursors.length - 1] : null;

  return {
    after: after ?? null,
    pageIndex: cursors.length,
    next: (endCursor: string | null | undefined) => {
      if (!endCursor) return;
      setState({ key: resetKey, cursors: [...cursors, endCursor] });
    },
    previous: () => {
      setState({ key: resetKey, cursors: cursors.slice(0, -1) });
    },
  };
}
