import { Alert, Anchor, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { TableSkeleton } from '@/components/loading';
import { QueryError } from '@/components/query-error';
import type { GrowthQuery as GrowthData } from '@/gql/graphql';
import { currentLanguage } from '@/lib/i18n';
import { GrowthQuery } from '../api/growth';
import { largestDifferences, latestComparedMoment } from '../utils/growth-data';
import { formatScore } from '../utils/format';
import { GrowthLineChart } from './growth-line-chart';
import { GrowthRadars } from './growth-radars';
import { MomentsTable } from './moments-table';

interface GrowthOverviewProps {
  leergangId: string;
  /** Null for the viewer's own growth. */
  personId: string | null;
}

/**
 * A deelnemer's growth in one leergang: the scan moments (with the viewer's
 * own scan to fill in), a line per competency over the moments, a radar per
 * competency at a chosen moment, self next to opleider and the largest
 * differences, and the PDF of the scan history.
 */
export function GrowthOverview({ leergangId, personId }: GrowthOverviewProps) {
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: GrowthQuery,
    variables: { leergangId, personId },
    requestPolicy: 'cache-and-network',
  });
  if (error && !data) return <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <TableSkeleton />;
  if (!data) return null;
  return <GrowthSections growth={data.growth} personId={personId} />;
}

function GrowthSections({ growth, personId }: { growth: GrowthData['growth']; personId: string | null }) {
  const { t } = useTranslation();
  const momentsHeading = useId();
  const moments = growth.moments.map((gm) => ({ id: gm.moment.id, title: gm.moment.title }));
  const defaultMoment = latestComparedMoment(moments, growth.comparisons);
  const [chosen, setChosen] = useState<string | null>(null);
  const momentId = chosen ?? defaultMoment;
  const compared = moments.filter((m) => growth.comparisons.some((c) => c.momentId === m.id));
  const values = growth.comparisons.flatMap((c) => [c.self ?? 0, c.opleider ?? 0]);
  const momentPicker =
    compared.length > 0 ? (
      <Select
        size="xs"
        label={t('growth.charts.chooseMoment')}
        data={compared.map((m) => ({ value: m.id, label: m.title }))}
        value={momentId}
        onChange={setChosen}
        allowDeselect={false}
        w={220}
      />
    ) : null;
  return (
    <Stack gap="xl">
      <Stack gap="sm" component="section" aria-labelledby={momentsHeading}>
        <Group justify="space-between">
          <Title order={2} size="h3" id={momentsHeading}>
            {t('growth.moments.title')}
          </Title>
          <Anchor href={growth.pdfUrl} download>
            <Group gap={4}>
              <IconFileTypePdf size={18} aria-hidden />
              {t('growth.downloadPdf')}
            </Group>
          </Anchor>
        </Group>
        <MomentsTable moments={growth.moments} personId={personId} />
      </Stack>
      {growth.competencies.length === 0 ? (
        <Alert color="gray">{t('growth.noFramework')}</Alert>
      ) : (
        <>
          <GrowthLineChart moments={moments} competencies={growth.competencies} scaleMin={1} scaleMax={Math.max(4, ...values)} />
          {momentId ? (
            <>
              <GrowthRadars
                momentId={momentId}
                momentTitle={moments.find((m) => m.id === momentId)?.title ?? ''}
                competencies={growth.competencies.map((c) => c.competency)}
                comparisons={growth.comparisons}
                controls={momentPicker}
              />
              <LargestDifferences comparisons={growth.comparisons} momentId={momentId} />
            </>
          ) : (
            <Text c="dimmed">{t('growth.charts.noData')}</Text>
          )}
        </>
      )}
    </Stack>
  );
}

function LargestDifferences({ comparisons, momentId }: { comparisons: GrowthData['growth']['comparisons']; momentId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const language = currentLanguage();
  const diffs = largestDifferences(comparisons, momentId);
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Stack gap={2}>
        <Title order={2} size="h3" id={headingId}>
          {t('growth.compare.largestTitle')}
        </Title>
        <Text c="dimmed" size="sm">{t('growth.compare.largestIntro')}</Text>
      </Stack>
      {diffs.length === 0 ? (
        <Text c="dimmed">{t('growth.compare.noDifferences')}</Text>
      ) : (
        <Table withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('growth.charts.aspect')}</Table.Th>
              <Table.Th scope="col">{t('growth.charts.competency')}</Table.Th>
              <Table.Th scope="col">{t('growth.compare.self')}</Table.Th>
              <Table.Th scope="col">{t('growth.compare.opleider')}</Table.Th>
              <Table.Th scope="col">{t('growth.compare.difference')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {diffs.map((d) => (
              <Table.Tr key={d.aspectId}>
                <Table.Th scope="row">{d.aspect}</Table.Th>
                <Table.Td>{d.competency}</Table.Td>
                <Table.Td>{formatScore(d.self, language)}</Table.Td>
                <Table.Td>{formatScore(d.opleider, language)}</Table.Td>
                <Table.Td>
                  {d.difference > 0 ? '+' : ''}
                  {formatScore(d.difference, language)} ({d.difference > 0 ? t('growth.compare.higher') : t('growth.compare.lower')})
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
