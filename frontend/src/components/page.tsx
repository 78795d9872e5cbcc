import { Group, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePageTitle } from '@/lib/use-page-title';

interface PageProps {
  /** The page's one h1, also used for the document title. */
  title: string;
  /** A shorter document title than the h1, e.g. "Start" for "Welkom, Sanne". */
  documentTitle?: string;
  /** Shown above the heading, e.g. a back link. */
  before?: ReactNode;
  /** Buttons next to the heading. */
  actions?: ReactNode;
  /** Extra content after the title, e.g. badges. */
  titleExtra?: ReactNode;
  children?: ReactNode;
}

export function Page({ title, documentTitle, before, actions, titleExtra, children }: PageProps) {
  usePageTitle(documentTitle ?? title);
  return (
    <Stack gap="lg">
      {before}
      <Group justify="space-between" align="center" gap="sm">
        <Group gap="sm" align="center">
          <Title order={1} fz={{ base: 26, sm: 30 }}>
            {title}
          </Title>
          {titleExtra}
        </Group>
        {actions ? <Group gap="sm">{actions}</Group> : null}
      </Group>
      {children}
    </Stack>
  );
}
