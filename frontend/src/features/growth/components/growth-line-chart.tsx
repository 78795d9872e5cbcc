import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { SegmentedControl, Table } from '@mantine/core';
import { IconChartLine } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartOrTable } from '@/components/chart-or-table';
import { currentLanguage } from '@/lib/i18n';
import { lineChartData, momentsWithData } from '../utils/growth-data';
import type { CompetencyGrowthLike, MomentRef, Role } from '../utils/growth-data';
import { formatScore } from '../utils/format';

const COLORS = ['blue.6', 'teal.6', 'orange.6', 'grape.6', 'red.6', 'cyan.6', 'lime.7', 'pink.6'];

interface GrowthLineChartProps {
  moments: readonly MomentRef[];
  competencies: readonly CompetencyGrowthLike[];
  scaleMin: number;
  scaleMax: number;
}

/** A line per competency over the scan moments, for the chosen rater role. */
export function GrowthLineChart({ moments, competencies, scaleMin, scaleMax }: GrowthLineChartProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [role, setRole] = useState<Role>('ZELF');
  const data = lineChartData(moments, competencies, role);
  const shown = momentsWithData(moments, competencies, role);
  const series = competencies.map((c, i) => ({ name: c.competency.id, label: c.competency.name, color: COLORS[i % COLORS.length] }));
  const table = (
    <Table striped withTableBorder data-testid="growth-line-table">
      <Table.Caption>{t('growth.charts.lineIntro')} ({t(`growth.roles.${role}`)})</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('growth.charts.competency')}</Table.Th>
          {shown.map((m) => (
            <Table.Th scope="col" key={m.id}>{m.title}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {competencies.map((c) => (
          <Table.Tr key={c.competency.id}>
            <Table.Th scope="row">{c.competency.name}</Table.Th>
            {shown.map((m) => {
              const p = c.points.find((x) => x.momentId === m.id && x.role === role);
              return <Table.Td key={m.id}>{formatScore(p?.average, language)}</Table.Td>;
            })}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  return (
    <ChartOrTable
      chartIcon={IconChartLine}
      title={t('growth.charts.lineTitle')}
      intro={t('growth.charts.lineIntro')}
      controls={
        <SegmentedControl
          size="xs"
          aria-label={t('growth.charts.lineRole')}
          value={role}
          onChange={(v) => setRole(v)}
          data={(['ZELF', 'OPLEIDER'] as const).map((r) => ({ value: r, label: t(`growth.roles.${r}`) }))}
        />
      }
      chart={
        data.length === 0 ? (
          <p>{t('growth.charts.noData')}</p>
        ) : (
          <LineChart
            h={280}
            data={data}
            dataKey="moment"
            series={series}
            withLegend
            connectNulls
            yAxisProps={{ domain: [scaleMin, scaleMax], allowDecimals: false }}
            curveType="linear"
          />
        )
      }
      table={table}
    />
  );
}
