import { Button, Group, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { exportHref } from '../lib/progress';
import type { ExportFilter } from '../lib/progress';

/** CSV and Excel downloads of a dashboard table (plain links: the browser streams the file). */
export function ExportButtons({ table, filter }: { table: 'staff' | 'schools'; filter?: ExportFilter }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" role="group" aria-label={t('dashboard.export.label')}>
      <Button component="a" href={exportHref(table, 'xlsx', filter)} download variant="light" size="sm" leftSection={<IconDownload size={16} aria-hidden />}>
        {t('dashboard.export.xlsx')}
      </Button>
      <Button component="a" href={exportHref(table, 'csv', filter)} download variant="subtle" size="sm" leftSection={<IconDownload size={16} aria-hidden />}>
        {t('dashboard.export.csv')}
      </Button>
      <Text size="xs" c="dimmed" visibleFrom="sm">
        {t('dashboard.export.hint')}
      </Text>
    </Group>
  );
}
