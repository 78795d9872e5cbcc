import { Anchor, Button, Group, Select, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBook, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState } from '@/components/empty-state';
import { ListStates } from '@/components/list-states';
import { Page } from '@/components/page';
import { ConnectionPager } from '@/components/connection-pager';
import { SearchInput } from '@/components/search-input';
import type { LeergangStatus } from '@/gql/graphql';
import { useCursorPager } from '@/lib/use-cursor-pager';
import { LeergangenQuery } from '../api/leergangen';
import { LEERGANG_STATUSES } from '../components/leergang-form-values';
import { useCanCreateLeergang } from '../components/leergang-permissions';
import { LeergangStatusBadge } from '../components/status-badges';
import { formatPeriod } from '../utils/format';

const PAGE_SIZE = 25;
const CONTEXT = { additionalTypenames: ['Leergang'] };

export default function LeergangenRoute() {
  const { t, i18n } = useTranslation();
  const canCreate = useCanCreateLeergang();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [status, setStatus] = useState<LeergangStatus | null>(null);
  const pager = useCursorPager(JSON.stringify([debouncedSearch, status]));

  const [{ data, fetching, error }, reexecute] = useQuery({
    query: LeergangenQuery,
    variables: { first: PAGE_SIZE, after: pager.after, search: debouncedSearch || null, status },
    requestPolicy: 'cache-and-network',
    context: useMemo(() => CONTEXT, []),
  });

  const connection = data?.leergangen;
  const filtered = Boolean(debouncedSearch || status);
  const newButton = canCreate ? (
    <Button component={Link} to="/leergangen/nieuw" leftSection={<IconPlus size={18} aria-hidden />}>
      {t('leergangen.new')}
    </Button>
  ) : null;

  return (
    <Page title={t('leergangen.title')} actions={newButton}>
      <Group align="flex-end" gap="md">
        <SearchInput label={t('leergangen.searchLabel')} value={search} onChange={setSearch} />
        <Select
          label={t('leergangen.fields.status')}
          placeholder={t('leergangen.allStatuses')}
          clearable
          value={status}
          onChange={setStatus}
          data={LEERGANG_STATUSES.map((s) => ({ value: s, label: t(`leergangen.status.${s}`) }))}
          w={200}
        />
      </Group>

      <ListStates
        connection={connection}
        hasData={Boolean(data)}
        error={error}
        fetching={fetching}
        filtered={filtered}
        empty={
          <EmptyState
            title={t('leergangen.empty')}
            text={canCreate ? t('leergangen.emptyText') : t('leergangen.emptyTextViewer')}
            icon={<IconBook size={28} />}
            action={newButton}
          />
        }
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {(connection) => (
          <>
            <Table.ScrollContainer minWidth={720}>
              <Table striped highlightOnHover verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('leergangen.fields.name')}</Table.Th>
                    <Table.Th>{t('leergangen.fields.client')}</Table.Th>
                    <Table.Th>{t('leergangen.fields.status')}</Table.Th>
                    <Table.Th>{t('leergangen.fields.period')}</Table.Th>
                    <Table.Th ta="right">{t('leergangen.fields.deelnemers')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {connection.nodes.map((l) => {
                    const first = l.leerjaren[0];
                    const last = l.leerjaren[l.leerjaren.length - 1];
                    return (
                      <Table.Tr key={l.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/leergangen/${encodeURIComponent(l.id)}`} fw={500}>
                            {l.name}
                          </Anchor>
                          <Text size="xs" c="dimmed">
                            {t('leergangen.leerjaarCount', { count: l.leerjaren.length })}
                          </Text>
                        </Table.Td>
                        <Table.Td>{l.clientOrganisation.name}</Table.Td>
                        <Table.Td>
                          <LeergangStatusBadge status={l.status} />
                        </Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatPeriod(first?.startsOn, last?.endsOn, i18n.language, t('common.none'))}</Table.Td>
                        <Table.Td ta="right">{l.deelnemerCount}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <ConnectionPager connection={connection} pager={pager} pageSize={PAGE_SIZE} />
          </>
        )}
      </ListStates>
    </Page>
  );
}
