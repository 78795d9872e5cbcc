import { Skeleton, Table, Text } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartOrTable } from '@/components/chart-or-table';
import { ATTENDANCE_STATUSES, attendanceTotals, formatRate, sessionLabel } from '../utils/attendance-stats';
import type { AttendanceStatLike } from '../utils/attendance-stats';

// recharts loads only when the chart is shown.
const AttendanceStatsChart = lazy(() => import('./attendance-stats-chart'));

interface AttendanceStatsTableProps {
  stats: readonly AttendanceStatLike[];
  caption: string;
}

/** Every number of the opkomst: a row per session and a total. */
export function AttendanceStatsTable({ stats, caption }: AttendanceStatsTableProps) {
  const { t, i18n } = useTranslation();
  const totals = attendanceTotals(stats);
  const rate = (value: number | null) => (value === null ? t('leergangen.attendanceStats.notRegistered') : formatRate(value, i18n.language));
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped withTableBorder captionSide="top" data-testid="attendance-stats-table">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('leergangen.attendanceStats.session')}</Table.Th>
            {ATTENDANCE_STATUSES.map((key) => (
              <Table.Th scope="col" key={key} ta="right">
                {t(`leergangen.attendanceStats.status.${key}`)}
              </Table.Th>
            ))}
            <Table.Th scope="col" ta="right">
              {t('leergangen.attendanceStats.registered')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('leergangen.attendanceStats.rate')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {stats.map((s) => (
            <Table.Tr key={s.session.id}>
              <Table.Th scope="row" fw={500}>
                {sessionLabel(s.session, i18n.language)}
              </Table.Th>
              {ATTENDANCE_STATUSES.map((key) => (
                <Table.Td key={key} ta="right">
                  {s[key]}
                </Table.Td>
              ))}
              <Table.Td ta="right">{s.registered}</Table.Td>
              <Table.Td ta="right">{rate(s.rate)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('leergangen.attendanceStats.total', { count: totals.registeredSessions })}</Table.Th>
            {ATTENDANCE_STATUSES.map((key) => (
              <Table.Td key={key} ta="right" fw={600}>
                {totals[key]}
              </Table.Td>
            ))}
            <Table.Td ta="right" fw={600}>
              {totals.registered}
            </Table.Td>
            <Table.Td ta="right" fw={600}>
              {rate(totals.rate)}
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

interface AttendanceStatsViewProps {
  stats: readonly AttendanceStatLike[];
  /** The table's caption, e.g. "Opkomst per bijeenkomst, leerjaar 2". */
  caption: string;
  /** Whether the table shows instead of the chart, when the parent keeps it (e.g. across a filter). */
  asTable?: boolean;
  onAsTableChange?: (asTable: boolean) => void;
}

/**
 * The opkomst as a stacked bar chart with its accessible alternative: the same
 * numbers as a real table behind a "Toon als tabel" toggle. While the chart
 * shows, the table stays in the page for screen readers (visually hidden), so
 * no number is chart-only; a sentence above says the gist in words.
 */
export function AttendanceStatsView({ stats, caption, asTable, onAsTableChange }: AttendanceStatsViewProps) {
  const { t, i18n } = useTranslation();
  const totals = attendanceTotals(stats);
  return (
    <ChartOrTable
      summary={
        <Text size="sm" data-testid="attendance-stats-summary">
          {totals.rate === null
            ? t('leergangen.attendanceStats.summaryNone')
            : t('leergangen.attendanceStats.summary', { rate: formatRate(totals.rate, i18n.language), count: totals.registeredSessions })}
        </Text>
      }
      chartIcon={IconChartBar}
      chartTestId="attendance-stats-chart"
      chart={
        <Suspense fallback={<Skeleton height={220} radius="sm" />}>
          <AttendanceStatsChart stats={stats} />
        </Suspense>
      }
      table={<AttendanceStatsTable stats={stats} caption={caption} />}
      asTable={asTable}
      onAsTableChange={onAsTableChange}
    />
  );
}
