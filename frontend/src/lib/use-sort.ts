import { useState } from 'react';
import type { SortDirection } from '@/gql/graphql';

export interface SortState<F extends string> {
  field: F;
  direction: SortDirection;
}

/** Column sorting: a click on the active column flips the direction, another column starts ascending. */
export function useSort<F extends string>(initial: SortState<F>) {
  const [sort, setSort] = useState<SortState<F>>(initial);
  const toggle = (field: F) => {
    setSort((current) =>
      current.field === field
        ? { field, direction: current.direction === 'ASC' ? 'DESC' : 'ASC' }
        : { field, direction: 'ASC' },
    );
  };
  return { sort, toggle };
}
