import { Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconChartBar, IconInfoCircle } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { EmptyState } from '@/components/empty-state';
import { TableSkeleton } from '@/components/loading';
import { QueryError } from '@/components/query-error';
import type { LeergangDetailFieldsFragment } from '@/gql/graphql';
import { LeergangAttendanceStatsQuery } from '../api/attendance-stats';
import { AttendanceStatsView } from './attendance-stats-view';

const ALL = 'all';

/** The Opkomst tab: opkomst per bijeenkomst, optionally of one leerjaar. */
export function LeergangAttendance({ leergang }: { leergang: LeergangDetailFieldsFragment }) {
  const { t } = useTranslation();
  const headingId = useId();
  const leerjaren = [...leergang.leerjaren].sort((a, b) => a.number - b.number);
  const [leerjaarId, setLeerjaarId] = useState(ALL);
  // The chart-or-table choice outlives a change of leerjaar (the view remounts while loading).
  const [asTable, setAsTable] = useState(false);
  const leerjaar = leerjaren.find((lj) => lj.id === leerjaarId);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: LeergangAttendanceStatsQuery,
    variables: { leergangId: leergang.id, leerjaarId: leerjaar?.id ?? null },
    requestPolicy: 'cache-and-network',
  });
  const stats = data?.attendanceStats;
  const caption = leerjaar
    ? t('leergangen.attendanceStats.captionLeerjaar', { name: leergang.name, number: leerjaar.number })
    : t('leergangen.attendanceStats.caption', { name: leergang.name });

  let content;
  if (stats && stats.some((s) => s.registered > 0)) {
    content = <AttendanceStatsView stats={stats} caption={caption} asTable={asTable} onAsTableChange={setAsTable} />;
  } else if (stats) {
    content = (
      <EmptyState
        title={t('leergangen.attendanceStats.empty')}
        text={t('leergangen.attendanceStats.emptyText')}
        icon={<IconChartBar size={28} aria-hidden />}
      />
    );
  } else if (error) {
    content = <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  } else if (fetching) {
    content = <TableSkeleton rows={4} />;
  }

  return (
    <Stack gap="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={2}>
          <Title order={2} size="h3" id={headingId}>
            {t('leergangen.attendanceStats.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('leergangen.attendanceStats.intro')}
          </Text>
        </Stack>
        {leerjaren.length > 1 ? (
          <SegmentedControl
            size="xs"
            aria-label={t('leergangen.attendanceStats.leerjaar')}
            value={leerjaarId}
            onChange={setLeerjaarId}
            data={[
              { value: ALL, label: t('leergangen.attendanceStats.allLeerjaren') },
              ...leerjaren.map((lj) => ({ value: lj.id, label: t('leergangen.leerjaarN', { number: lj.number }) })),
            ]}
          />
        ) : null}
      </Group>
      {content}
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <IconInfoCircle size={18} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
        <Text size="sm" c="dimmed">
          {t('leergangen.attendanceStats.erasedNote')}
        </Text>
      </Group>
    </Stack>
  );
}
