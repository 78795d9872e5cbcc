import { Anchor, Group, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GroupGrowthQuery } from '@/gql/graphql';
import { currentLanguage } from '@/lib/i18n';
import { heatColor } from '../utils/growth-data';
import { formatScore } from '../utils/format';
import { scanLink } from '../utils/format';

type Group = GroupGrowthQuery['groupGrowth'];

/**
 * The group's heatmap as a real table: aspects as rows, deelnemers as columns,
 * each cell the finished self-rating with a colour from low (red) to high
 * (green); the value is always written in the cell, so colour is never the
 * only carrier.
 */
export function GroupHeatmap({ group, momentTitle, momentId, leergangId, scaleMax }: { group: Group; momentTitle: string; momentId: string; leergangId: string; scaleMax: number }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <ScrollArea type="auto">
      <Table withTableBorder withColumnBorders captionSide="top" data-testid="group-heatmap">
        <Table.Caption>{t('growth.leergangPage.heatmapCaption', { moment: momentTitle })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" style={{ minWidth: 220 }}>{t('growth.charts.aspect')}</Table.Th>
            {group.deelnemers.map((p) => (
              <Table.Th scope="col" key={p.id} style={{ minWidth: 120 }}>
                <Stack gap={2}>
                  <Text size="sm" fw={600}>{p.name}</Text>
                  <Group gap={6}>
                    <Anchor component={Link} size="xs" to={scanLink(momentId, p.id)} aria-label={`${t('growth.leergangPage.rateDeelnemer')}: ${p.name}`}>
                      {t('growth.leergangPage.rateDeelnemer')}
                    </Anchor>
                    <Anchor component={Link} size="xs" to={`/groei/deelnemers/${p.id}?leergang=${leergangId}`} aria-label={`${t('growth.leergangPage.viewGrowth')}: ${p.name}`}>
                      {t('growth.leergangPage.viewGrowth')}
                    </Anchor>
                  </Group>
                </Stack>
              </Table.Th>
            ))}
            <Table.Th scope="col">{t('growth.charts.average')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {group.rows.map((r) => (
            <Table.Tr key={r.aspect.id}>
              <Table.Th scope="row">
                <Text size="xs" c="dimmed">{r.competency.name}</Text>
                {r.aspect.title}
              </Table.Th>
              {r.values.map((v, i) => (
                <Table.Td key={group.deelnemers[i]?.id ?? i} style={{ background: heatColor(v, 1, scaleMax), textAlign: 'center' }}
                  aria-label={v == null ? t('growth.leergangPage.missing') : undefined}>
                  {formatScore(v, language)}
                </Table.Td>
              ))}
              <Table.Td style={{ textAlign: 'center' }}>{formatScore(r.average, language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
