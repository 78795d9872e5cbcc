import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconArrowsSort, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { SortDirection } from '@/gql/graphql';

interface SortableThProps {
  children: ReactNode;
  /** The direction when this column is the active sort, otherwise null. */
  direction: SortDirection | null;
  onSort: () => void;
}

/** A column header that sorts on click or Enter, and tells screen readers via aria-sort. */
export function SortableTh({ children, direction, onSort }: SortableThProps) {
  const ariaSort = direction === 'ASC' ? 'ascending' : direction === 'DESC' ? 'descending' : 'none';
  const Icon = direction === 'ASC' ? IconSortAscending : direction === 'DESC' ? IconSortDescending : IconArrowsSort;
  return (
    <Table.Th aria-sort={ariaSort} p={0}>
      <UnstyledButton onClick={onSort} px="sm" py={8} w="100%" className="sort-button">
        <Group gap={4} wrap="nowrap" justify="space-between">
          <span>{children}</span>
          <Icon size={16} stroke={1.5} aria-hidden opacity={direction ? 1 : 0.4} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
