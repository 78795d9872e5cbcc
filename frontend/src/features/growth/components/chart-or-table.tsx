import { Button, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconChartLine, IconTable } from '@tabler/icons-react';
import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ChartOrTableProps {
  title: string;
  intro?: string;
  /** Controls next to the toggle, e.g. a moment picker. */
  controls?: ReactNode;
  chart: ReactNode;
  table: ReactNode;
}

/**
 * A chart with its accessible alternative: the same values as a real table,
 * behind a "Toon als tabel" toggle. While the chart shows, the table stays in
 * the page for screen readers (visually hidden), so no value is chart-only.
 */
export function ChartOrTable({ title, intro, controls, chart, table }: ChartOrTableProps) {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  const headingId = useId();
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={2}>
          <Title order={2} size="h3" id={headingId}>
            {title}
          </Title>
          {intro ? <Text c="dimmed" size="sm">{intro}</Text> : null}
        </Stack>
        <Group gap="sm" align="flex-end">
          {controls}
          <Button
            variant="default"
            size="xs"
            aria-pressed={asTable}
            leftSection={asTable ? <IconChartLine size={16} aria-hidden /> : <IconTable size={16} aria-hidden />}
            onClick={() => setAsTable((v) => !v)}
          >
            {asTable ? t('growth.charts.showChart') : t('growth.charts.showTable')}
          </Button>
        </Group>
      </Group>
      {asTable ? (
        table
      ) : (
        <>
          <div aria-hidden>{chart}</div>
          <VisuallyHidden>{table}</VisuallyHidden>
        </>
      )}
    </Stack>
  );
}
