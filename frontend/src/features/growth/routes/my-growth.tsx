import { Select, Stack, Text } from '@mantine/core';
import { IconChartRadar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState } from '@/components/empty-state';
import { TableSkeleton } from '@/components/loading';
import { Page } from '@/components/page';
import { QueryError } from '@/components/query-error';
import { GrowthLeergangenQuery } from '../api/my-leergangen';
import { GrowthOverview } from '../components/growth-overview';
import { IntakeSection } from '../components/intake-section';

/**
 * /groei ("Mijn groei"): per leergang the deelnemer follows, the scan moments
 * with their self-scan, the growth charts, self next to opleider, the largest
 * differences, intake and leervragen with reflections, and the PDF.
 */
export default function MyGrowthRoute() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: GrowthLeergangenQuery, requestPolicy: 'cache-and-network' });
  const followed = (data?.leergangen.nodes ?? []).filter((l) => !l.canManage);
  const chosen = params.get('leergang');
  const leergangId = followed.some((l) => l.id === chosen) ? chosen : (followed[0]?.id ?? null);
  return (
    <Page title={t('growth.title')}>
      <Text c="dimmed">{t('growth.intro')}</Text>
      {error && !data ? <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
      {fetching && !data ? <TableSkeleton /> : null}
      {data && followed.length === 0 ? (
        <EmptyState title={t('growth.noLeergangen')} text={t('growth.noLeergangenText')} icon={<IconChartRadar size={28} />} />
      ) : null}
      {followed.length > 1 ? (
        <Select
          label={t('growth.leergang')}
          w={360}
          allowDeselect={false}
          value={leergangId}
          data={followed.map((l) => ({ value: l.id, label: l.name }))}
          onChange={(v) => v && setParams({ leergang: v }, { replace: true })}
        />
      ) : null}
      {leergangId ? (
        <Stack gap="xl" key={leergangId}>
          {followed.length === 1 ? <Text fw={600}>{followed[0]?.name}</Text> : null}
          <GrowthOverview leergangId={leergangId} personId={null} />
          <IntakeSection leergangId={leergangId} personId={null} />
        </Stack>
      ) : null}
    </Page>
  );
}
