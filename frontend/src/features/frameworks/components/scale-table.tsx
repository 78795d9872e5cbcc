import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FrameworkDetailFieldsFragment } from '@/gql/graphql';

/** The framework's rating scale as a table, lowest value first. */
export function ScaleTable({ scale }: { scale: FrameworkDetailFieldsFragment['scale'] }) {
  const { t } = useTranslation();
  return (
    <Table withTableBorder verticalSpacing="xs" maw={720}>
      <Table.Caption>{t('frameworks.scale.caption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={80}>{t('frameworks.fields.value')}</Table.Th>
          <Table.Th>{t('frameworks.fields.label')}</Table.Th>
          <Table.Th>{t('frameworks.fields.description')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {scale.map((s) => (
          <Table.Tr key={s.value}>
            <Table.Td>{s.value}</Table.Td>
            <Table.Td>{s.label}</Table.Td>
            <Table.Td>
              <Text size="sm" c={s.description ? undefined : 'dimmed'}>
                {s.description || '—'}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
