import { Group, Skeleton, Stack, Title } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { EmptyState } from '@/components/empty-state';
import { TableSkeleton } from '@/components/loading';
import { QueryError } from '@/components/query-error';
import { ProgressRowsQuery } from '../api/progress-rows';
import type { ExportFilter } from '../lib/progress';
import { ExportButtons } from './export-buttons';
import { StaffAttendanceChart, StaffHoursChart } from './lazy-charts';
import { StaffTable } from './staff-table';

interface StaffProgressProps {
  filter?: ExportFilter;
  caption: string;
  showSchool?: boolean;
  showLeergang?: boolean;
  /** The group overview shows charts; a directie's few staff read best as a table. */
  charts?: boolean;
}

/** The staff table of a filter (directie, school drill-down, group overview) with its exports. */
export function StaffProgress({ filter = {}, caption, showSchool, showLeergang, charts }: StaffProgressProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const variables = {
    filter: {
      schoolId: filter.schoolId ?? undefined,
      leergangId: filter.leergangId ?? undefined,
      organisationId: filter.organisationId ?? undefined,
    },
  };
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ProgressRowsQuery, variables, requestPolicy: 'cache-and-network' });
  const rows = data?.progressRows ?? [];
  return (
    <Stack gap="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="center">
        <Title order={2} size="h3" id={headingId}>
          {t('dashboard.staffTitle')}
        </Title>
        {rows.length > 0 ? <ExportButtons table="staff" filter={filter} /> : null}
      </Group>
      {error && !data ? <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
      {fetching && !data ? (
        <div aria-busy="true" aria-label={t('dashboard.loadingStaff')}>
          <TableSkeleton />
        </div>
      ) : null}
      {data && rows.length === 0 ? (
        <EmptyState title={t('dashboard.emptyStaff')} text={t('dashboard.emptyStaffText')} icon={<IconChartBar size={28} />} />
      ) : null}
      {charts && rows.length > 0 ? (
        <Suspense fallback={<Skeleton h={200} radius="md" />}>
          <StaffAttendanceChart rows={rows} />
          <StaffHoursChart rows={rows} />
        </Suspense>
      ) : null}
      {rows.length > 0 ? <StaffTable rows={rows} caption={caption} showSchool={showSchool} showLeergang={showLeergang} /> : null}
    </Stack>
  );
}
