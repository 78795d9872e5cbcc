import { Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SortableTh } from '@/components/sortable-th';
import { useSort } from '@/lib/use-sort';
import { HoursProgress } from './hours-progress';
import { sortLedgers } from './overview-sort';
import type { OverviewLedger, SortField } from './overview-sort';
import { formatHours } from './progress';

/** The hours of many people: one row per person and leerjaar, sortable, with a progress bar. */
interface OverviewTableProps {
  ledgers: readonly OverviewLedger[];
  caption: string;
  /** One leergang chosen already: the column names only the leerjaar. */
  leerjaarOnly?: boolean;
}

export function OverviewTable({ ledgers, caption, leerjaarOnly }: OverviewTableProps) {
  const { t, i18n } = useTranslation();
  const { sort, toggle } = useSort<SortField>({ field: 'NAME', direction: 'ASC' });
  const rows = useMemo(() => sortLedgers(ledgers, sort.field, sort.direction), [ledgers, sort]);
  const dir = (field: SortField) => (sort.field === field ? sort.direction : null);
  const lang = i18n.language;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          <Text size="sm" c="dimmed" component="span">
            {caption}
          </Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <SortableTh direction={dir('NAME')} onSort={() => toggle('NAME')}>
              {t('agenda.hours.name')}
            </SortableTh>
            <SortableTh direction={dir('LEERGANG')} onSort={() => toggle('LEERGANG')}>
              {leerjaarOnly ? t('agenda.hours.leerjaarColumn') : t('agenda.hours.leergangColumn')}
            </SortableTh>
            <Table.Th ta="right">{t('agenda.hours.norm')}</Table.Th>
            <SortableTh direction={dir('TOTAL')} onSort={() => toggle('TOTAL')}>
              {t('agenda.hours.total')}
            </SortableTh>
            <Table.Th ta="right">{t('agenda.hours.pending')}</Table.Th>
            <SortableTh direction={dir('PROGRESS')} onSort={() => toggle('PROGRESS')}>
              {t('agenda.hours.progress')}
            </SortableTh>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((l) => {
            const leergang = t('agenda.hours.ledgerTitle', { leergang: l.leergang.name, number: l.leerjaar.number });
            const column = leerjaarOnly ? t('agenda.session.leerjaar', { number: l.leerjaar.number }) : leergang;
            return (
              <Table.Tr key={`${l.person.id}-${l.leerjaar.id}`}>
                <Table.Td fw={500}>{l.person.name}</Table.Td>
                <Table.Td>{column}</Table.Td>
                <Table.Td ta="right">{formatHours(l.norm, lang)}</Table.Td>
                <Table.Td ta="right">{formatHours(l.totalHours, lang)}</Table.Td>
                <Table.Td ta="right">{l.pendingHours > 0 ? formatHours(l.pendingHours, lang) : t('common.none')}</Table.Td>
                <Table.Td miw={200}>
                  <HoursProgress totals={l} label={t('agenda.hours.progressLabel', { name: `${l.person.name}, ${leergang}` })} compact />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
