import '@mantine/charts/styles.css';
import { RadarChart } from '@mantine/charts';
import { SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconChartLine } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ChartOrTable } from '@/components/chart-or-table';
import { currentLanguage } from '@/lib/i18n';
import { radarData } from '../utils/growth-data';
import type { ComparisonLike } from '../utils/growth-data';
import { formatScore } from '../utils/format';

interface GrowthRadarsProps {
  momentId: string;
  momentTitle: string;
  competencies: ReadonlyArray<{ id: string; name: string }>;
  comparisons: readonly ComparisonLike[];
  controls: React.ReactNode;
}

/** A radar per competency at one moment: self and opleider per aspect, with the table "zelf naast opleider". */
export function GrowthRadars({ momentId, momentTitle, competencies, comparisons, controls }: GrowthRadarsProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const rows = comparisons.filter((c) => c.momentId === momentId);
  const table = (
    <Table striped withTableBorder data-testid="growth-compare-table">
      <Table.Caption>
        {t('growth.compare.title')}: {momentTitle}
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('growth.charts.competency')}</Table.Th>
          <Table.Th scope="col">{t('growth.charts.aspect')}</Table.Th>
          <Table.Th scope="col">{t('growth.compare.self')}</Table.Th>
          <Table.Th scope="col">{t('growth.compare.opleider')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((c) => (
          <Table.Tr key={c.aspect.id}>
            <Table.Td>{c.competency.name}</Table.Td>
            <Table.Th scope="row">{c.aspect.title}</Table.Th>
            <Table.Td>{formatScore(c.self, language)}</Table.Td>
            <Table.Td>{formatScore(c.opleider, language)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  const chart =
    rows.length === 0 ? (
      <Text c="dimmed">{t('growth.compare.none')}</Text>
    ) : (
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        {competencies.map((c) => {
          const data = radarData(comparisons, momentId, c.id);
          if (data.length === 0) return null;
          return (
            <Stack key={c.id} gap={4} align="center">
              <Text fw={600}>{c.name}</Text>
              <RadarChart
                h={240}
                w="100%"
                data={data}
                dataKey="aspect"
                withLegend
                series={[
                  { name: 'zelf', label: t('growth.compare.self'), color: 'blue.5', opacity: 0.25 },
                  { name: 'opleider', label: t('growth.compare.opleider'), color: 'orange.6', opacity: 0.15 },
                ]}
              />
            </Stack>
          );
        })}
      </SimpleGrid>
    );
  return <ChartOrTable chartIcon={IconChartLine} title={t('growth.charts.radarTitle')} intro={t('growth.charts.radarIntro')} controls={controls} chart={chart} table={table} />;
}
