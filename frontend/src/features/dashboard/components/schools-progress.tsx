import { Group, Skeleton, Stack, Title } from '@mantine/core';
import { Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { EmptyState } from '@/components/empty-state';
import { TableSkeleton } from '@/components/loading';
import { QueryError } from '@/components/query-error';
import { SchoolProgressQuery } from '../api/school-progress';
import { ExportButtons } from './export-buttons';
import { SchoolsChart } from './lazy-charts';
import { SchoolsTable } from './schools-table';

/** All schools side by side: a bar chart and the table, with exports. */
export function SchoolsProgress({ organisationId, caption }: { organisationId?: string | null; caption: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: SchoolProgressQuery,
    variables: { organisationId: organisationId ?? undefined },
    requestPolicy: 'cache-and-network',
  });
  const schools = data?.schoolProgress ?? [];
  return (
    <Stack gap="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="center">
        <Title order={2} size="h3" id={headingId}>
          {t('dashboard.schoolsTitle')}
        </Title>
        {schools.length > 0 ? <ExportButtons table="schools" filter={{ organisationId }} /> : null}
      </Group>
      {error && !data ? <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
      {fetching && !data ? <TableSkeleton /> : null}
      {data && schools.length === 0 ? <EmptyState title={t('dashboard.emptySchools')} /> : null}
      {schools.length > 0 ? (
        <>
          <Suspense fallback={<Skeleton h={200} radius="md" />}>
            <SchoolsChart schools={schools} />
          </Suspense>
          <SchoolsTable schools={schools} caption={caption} />
        </>
      ) : null}
    </Stack>
  );
}
