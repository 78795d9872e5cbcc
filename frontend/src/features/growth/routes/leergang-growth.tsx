import { Alert, Anchor, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { TableSkeleton } from '@/components/loading';
import { Page } from '@/components/page';
import { QueryError } from '@/components/query-error';
import type { GrowthScanMomentFragment } from '@/gql/graphql';
import { GroupGrowthQuery } from '../api/group-growth';
import { LeergangScanMomentsQuery } from '../api/moments';
import { GroupHeatmap } from '../components/group-heatmap';
import { LeervraagCard } from '../components/leervraag-card';
import { MomentsAdmin } from '../components/moments-admin';

/**
 * /leergangen/:id/groei for its opleiders and beheerders: manage the scan
 * moments, rate deelnemers, and the group's heatmap with their leervragen to
 * plan the next dagdelen.
 */
export default function LeergangGrowthRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: LeergangScanMomentsQuery, variables: { leergangId: id }, requestPolicy: 'cache-and-network' });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const name = data?.leergang.name ?? '';
  return (
    <Page
      title={t('growth.leergangPage.title', { name })}
      before={<Anchor component={Link} to={`/leergangen/${id}`}>← {t('growth.leergangPage.back')}</Anchor>}
    >
      <Text c="dimmed">{t('growth.leergangPage.intro')}</Text>
      {error && !data ? <QueryError error={error} onRetry={refresh} /> : null}
      {fetching && !data ? <TableSkeleton /> : null}
      {data ? (
        <Stack gap="xl">
          {!data.leergang.framework ? <Alert color="yellow">{t('growth.leergangPage.noFramework')}</Alert> : null}
          {data.leergang.canManage ? (
            <MomentsAdmin leergangId={id} moments={data.scanMoments} leerjaren={data.leergang.leerjaren} onChange={refresh} />
          ) : null}
          <GroupView leergangId={id} moments={data.scanMoments} leerjaren={data.leergang.leerjaren} />
        </Stack>
      ) : null}
    </Page>
  );
}

interface GroupViewProps {
  leergangId: string;
  moments: readonly GrowthScanMomentFragment[];
  leerjaren: ReadonlyArray<{ id: string; number: number }>;
}

function GroupView({ leergangId, moments, leerjaren }: GroupViewProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const opened = moments.filter((m) => m.isOpen);
  const [chosen, setChosen] = useState<string | null>(null);
  const momentId = chosen ?? opened[opened.length - 1]?.id ?? moments[0]?.id ?? null;
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: GroupGrowthQuery,
    variables: { leergangId, momentId: momentId ?? '' },
    pause: !momentId,
    requestPolicy: 'cache-and-network',
  });
  const moment = moments.find((m) => m.id === momentId);
  const scaleMax = Math.max(4, ...(data?.groupGrowth.rows.flatMap((r) => r.values.map((v) => v ?? 0)) ?? []));
  return (
    <Stack gap="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2} size="h3" id={headingId}>
            {t('growth.leergangPage.groupTitle')}
          </Title>
          <Text c="dimmed" size="sm">{t('growth.leergangPage.groupIntro')}</Text>
        </Stack>
        {moments.length > 0 ? (
          <Select label={t('growth.charts.chooseMoment')} w={260} allowDeselect={false} value={momentId}
            data={moments.map((m) => ({ value: m.id, label: m.title }))} onChange={setChosen} />
        ) : null}
      </Group>
      {!momentId ? <Text c="dimmed">{t('growth.leergangPage.noMoments')}</Text> : null}
      {error && !data ? <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
      {fetching && !data ? <TableSkeleton /> : null}
      {data && moment ? (
        data.groupGrowth.deelnemers.length === 0 ? (
          <Text c="dimmed">{t('growth.leergangPage.noMembers')}</Text>
        ) : (
          <>
            <GroupHeatmap group={data.groupGrowth} momentTitle={moment.title} momentId={moment.id} leergangId={leergangId} scaleMax={scaleMax} />
            <Title order={3} size="h4">{t('growth.leergangPage.groupLeervragen')}</Title>
            {data.groupGrowth.leervragen.length === 0 ? <Text c="dimmed">{t('growth.intake.noLeervragen')}</Text> : null}
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              {data.groupGrowth.leervragen.map((lv) => (
                <LeervraagCard key={lv.id} leervraag={lv} canEdit={false} leerjaren={leerjaren} onChange={() => undefined} showPerson />
              ))}
            </SimpleGrid>
          </>
        )
      ) : null}
    </Stack>
  );
}
