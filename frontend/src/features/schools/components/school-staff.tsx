import { Anchor, Badge, Box, Group, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { TableSkeleton } from '@/components/loading';
import { ConnectionPager } from '@/components/connection-pager';
import { QueryError } from '@/components/query-error';
import { useCursorPager } from '@/lib/use-cursor-pager';
import { SchoolStaffQuery } from '../api/school-staff';

const PAGE_SIZE = 25;
const CONTEXT = { additionalTypenames: ['Person'] };

/** The people linked to one school, as far as the viewer may see them. */
export function SchoolStaff({ schoolId, linkToPeople }: { schoolId: string; linkToPeople: boolean }) {
  const { t } = useTranslation();
  const pager = useCursorPager(schoolId);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: SchoolStaffQuery,
    variables: { schoolId, first: PAGE_SIZE, after: pager.after },
    requestPolicy: 'cache-and-network',
    context: useMemo(() => CONTEXT, []),
  });

  if (error && !data) return <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data) return <TableSkeleton rows={3} />;
  const connection = data.people;
  if (connection.totalCount === 0) return <Text c="dimmed">{t('schools.staffEmpty')}</Text>;

  return (
    <Box aria-busy={fetching}>
      <Table.ScrollContainer minWidth={560}>
        <Table striped verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('people.name')}</Table.Th>
              <Table.Th>{t('people.roles')}</Table.Th>
              <Table.Th>{t('people.function')}</Table.Th>
              <Table.Th>{t('people.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {connection.nodes.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <Group gap="xs">
                    {linkToPeople ? (
                      <Anchor component={Link} to={`/mensen/${encodeURIComponent(p.id)}`} fw={500}>
                        {p.name}
                      </Anchor>
                    ) : (
                      <Text fw={500}>{p.name}</Text>
                    )}
                    {p.isStarter ? (
                      <Badge size="sm" color="teal" variant="light">
                        {t('people.starter')}
                      </Badge>
                    ) : null}
                  </Group>
                </Table.Td>
                <Table.Td>{p.roles.map((r) => t(`roles.${r}`)).join(', ')}</Table.Td>
                <Table.Td>{p.function ? t(`functions.${p.function}`) : t('common.none')}</Table.Td>
                <Table.Td>{t(`status.${p.status}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConnectionPager connection={connection} pager={pager} pageSize={PAGE_SIZE} showNoResults={false} />
    </Box>
  );
}
