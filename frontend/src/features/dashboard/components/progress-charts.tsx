import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgressRowFieldsFragment, SchoolProgressQuery } from '@/gql/graphql';
import { formatPercent, summarise } from '../lib/progress';

/**
 * A chart in a figure whose caption says in words what the picture shows;
 * the picture itself is hidden from screen readers, and the table next to it
 * holds every number.
 */
function ChartFigure({ title, summary, children }: { title: string; summary: string; children: React.ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Paper withBorder p="md" radius="md" component="figure" m={0} aria-labelledby={id}>
      <Stack gap="xs">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        <div aria-hidden="true">{children}</div>
        <Text size="sm" component="figcaption">
          {summary} {t('dashboard.chart.alternative')}
        </Text>
      </Stack>
    </Paper>
  );
}

/** Attendance % per deelnemer (a group overview or a school's staff). */
export function StaffAttendanceChart({ rows }: { rows: readonly ProgressRowFieldsFragment[] }) {
  const { t, i18n } = useTranslation();
  const s = summarise(rows);
  const summary =
    s.average === null
      ? t('dashboard.chart.summaryNoData')
      : t('dashboard.chart.summary', { average: formatPercent(s.average, i18n.language), onTrack: s.onTrack, count: s.count });
  const data = rows.map((r) => ({ name: r.personName, attendance: r.attendance.percent ?? 0, hours: r.hours.hours, expected: r.hours.expectedByNow }));
  return (
    <ChartFigure title={t('dashboard.chart.attendanceTitle')} summary={summary}>
      <BarChart
        h={Math.max(160, rows.length * 28)}
        data={data}
        dataKey="name"
        orientation="vertical"
        yAxisProps={{ width: 150 }}
        xAxisProps={{ domain: [0, 100] }}
        series={[{ name: 'attendance', label: t('dashboard.chart.attendanceSeries'), color: 'teal.6' }]}
      />
    </ChartFigure>
  );
}

/** Hours against what the norm expects by now, per deelnemer. */
export function StaffHoursChart({ rows }: { rows: readonly ProgressRowFieldsFragment[] }) {
  const { t, i18n } = useTranslation();
  const s = summarise(rows);
  const summary =
    s.average === null
      ? t('dashboard.chart.summaryNoData')
      : t('dashboard.chart.summary', { average: formatPercent(s.average, i18n.language), onTrack: s.onTrack, count: s.count });
  const data = rows.map((r) => ({ name: r.personName, hours: r.hours.hours, expected: r.hours.expectedByNow }));
  return (
    <ChartFigure title={t('dashboard.chart.hoursTitle')} summary={summary}>
      <BarChart
        h={Math.max(160, rows.length * 32)}
        data={data}
        dataKey="name"
        orientation="vertical"
        yAxisProps={{ width: 150 }}
        withLegend
        series={[
          { name: 'hours', label: t('dashboard.chart.hoursSeries'), color: 'blue.6' },
          { name: 'expected', label: t('dashboard.chart.normSeries'), color: 'gray.4' },
        ]}
      />
    </ChartFigure>
  );
}

type SchoolRow = SchoolProgressQuery['schoolProgress'][number];

/** Average attendance per school, all schools side by side. */
export function SchoolsChart({ schools }: { schools: readonly SchoolRow[] }) {
  const { t, i18n } = useTranslation();
  const withData = schools.filter((s) => s.attendancePct !== null);
  const average = withData.length ? withData.reduce((a, s) => a + (s.attendancePct ?? 0), 0) / withData.length : null;
  const summary =
    average === null
      ? t('dashboard.chart.summaryNoData')
      : t('dashboard.chart.summary', {
          average: formatPercent(Math.round(average * 10) / 10, i18n.language),
          onTrack: schools.reduce((a, s) => a + s.hoursOnTrack, 0),
          count: schools.reduce((a, s) => a + s.enrolments, 0),
        });
  return (
    <ChartFigure title={t('dashboard.chart.schoolsTitle')} summary={summary}>
      <BarChart
        h={Math.max(180, schools.length * 28)}
        data={schools.map((s) => ({ name: s.schoolName, attendance: s.attendancePct ?? 0 }))}
        dataKey="name"
        orientation="vertical"
        yAxisProps={{ width: 170 }}
        xAxisProps={{ domain: [0, 100] }}
        series={[{ name: 'attendance', label: t('dashboard.chart.attendanceSeries'), color: 'teal.6' }]}
      />
    </ChartFigure>
  );
}
