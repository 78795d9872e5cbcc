import { Button, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconChartBar, IconTable } from '@tabler/icons-react';
import type { Icon } from '@tabler/icons-react';
import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Whether the table shows instead of the chart. Controlled when `asTable` is
 * given (e.g. a parent keeps the choice across a filter), otherwise the hook
 * keeps it itself; `onAsTableChange` hears of every toggle either way.
 */
function useChartOrTable(controlled?: boolean, onAsTableChange?: (asTable: boolean) => void) {
  const [own, setOwn] = useState(false);
  const asTable = controlled ?? own;
  const toggle = () => {
    setOwn(!asTable);
    onAsTableChange?.(!asTable);
  };
  return { asTable, toggle };
}

interface ChartOrTableToggleProps {
  asTable: boolean;
  onToggle: () => void;
  /** The icon of "Toon als grafiek", e.g. a line for a line chart. */
  chartIcon?: Icon;
}

/** The "Toon als tabel" / "Toon als grafiek" button; aria-pressed says whether the table shows. */
export function ChartOrTableToggle({ asTable, onToggle, chartIcon: ChartIcon = IconChartBar }: ChartOrTableToggleProps) {
  const { t } = useTranslation();
  return (
    <Button
      variant="default"
      size="xs"
      aria-pressed={asTable}
      leftSection={asTable ? <ChartIcon size={16} aria-hidden /> : <IconTable size={16} aria-hidden />}
      onClick={onToggle}
    >
      {asTable ? t('common.showChart') : t('common.showTable')}
    </Button>
  );
}

interface ChartOrTableBodyProps {
  asTable: boolean;
  chart: ReactNode;
  table: ReactNode;
  /** A data-testid for the chart's wrapper. */
  chartTestId?: string;
}

/**
 * The table, or the chart hidden from screen readers with the table still in
 * the page for them (visually hidden), so no value is chart-only.
 */
export function ChartOrTableBody({ asTable, chart, table, chartTestId }: ChartOrTableBodyProps) {
  if (asTable) return <>{table}</>;
  return (
    <>
      <div aria-hidden data-testid={chartTestId}>
        {chart}
      </div>
      <VisuallyHidden>{table}</VisuallyHidden>
    </>
  );
}

interface ChartOrTableProps {
  /** A heading; with it the whole is a section labelled by it. */
  title?: string;
  /** A line under the title. */
  intro?: string;
  /** What stands where a title would, e.g. a sentence that says the gist in words. */
  summary?: ReactNode;
  /** Controls next to the toggle, e.g. a moment picker. */
  controls?: ReactNode;
  chart: ReactNode;
  table: ReactNode;
  chartIcon?: Icon;
  chartTestId?: string;
  /** Whether the table shows instead of the chart, when the parent keeps it; see useChartOrTable. */
  asTable?: boolean;
  onAsTableChange?: (asTable: boolean) => void;
}

/**
 * A chart with its accessible alternative: the same values as a real table,
 * behind a "Toon als tabel" toggle. While the chart shows, the table stays in
 * the page for screen readers (visually hidden), so no value is chart-only.
 */
export function ChartOrTable({
  title,
  intro,
  summary,
  controls,
  chart,
  table,
  chartIcon,
  chartTestId,
  asTable: controlled,
  onAsTableChange,
}: ChartOrTableProps) {
  const { asTable, toggle } = useChartOrTable(controlled, onAsTableChange);
  const headingId = useId();
  const toggleButton = <ChartOrTableToggle asTable={asTable} onToggle={toggle} chartIcon={chartIcon} />;
  const titled = title !== undefined;
  return (
    <Stack gap="sm" component={titled ? 'section' : 'div'} aria-labelledby={titled ? headingId : undefined}>
      <Group justify="space-between" align="flex-end" gap="sm">
        {titled ? (
          <Stack gap={2}>
            <Title order={2} size="h3" id={headingId}>
              {title}
            </Title>
            {intro ? (
              <Text c="dimmed" size="sm">
                {intro}
              </Text>
            ) : null}
          </Stack>
        ) : (
          summary
        )}
        {controls === undefined ? (
          toggleButton
        ) : (
          <Group gap="sm" align="flex-end">
            {controls}
            {toggleButton}
          </Group>
        )}
      </Group>
      <ChartOrTableBody asTable={asTable} chart={chart} table={table} chartTestId={chartTestId} />
    </Stack>
  );
}
