import { EmptyState as MantineEmptyState } from '@mantine/core';
import type { ReactNode } from 'react';

/** "Nog geen scholen" and friends, with an optional action. */
export function EmptyState({ title, text, icon, action }: { title: string; text?: string; icon?: ReactNode; action?: ReactNode }) {
  return (
    <MantineEmptyState title={title} description={text} icon={icon} py="xl">
      {action}
    </MantineEmptyState>
  );
}
