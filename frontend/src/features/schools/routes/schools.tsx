import { Anchor, Button, Group, Table } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSchool } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState } from '@/components/empty-state';
import { ListStates } from '@/components/list-states';
import { OrganisationSelect } from '@/components/organisation-select';
import { Page } from '@/components/page';
import { ConnectionPager } from '@/components/connection-pager';
import { SearchInput } from '@/components/search-input';
import { SortableTh } from '@/components/sortable-th';
import type { SchoolOrderField } from '@/gql/graphql';
import { useIsBeheerder } from '@/lib/auth';
import { useCursorPager } from '@/lib/use-cursor-pager';
import { useSort } from '@/lib/use-sort';
import { SchoolsQuery } from '../api/schools';

const PAGE_SIZE = 25;
const CONTEXT = { additionalTypenames: ['School', 'DeletePayload'] };

export default function SchoolsRoute() {
  const { t } = useTranslation();
  const canEdit = useIsBeheerder();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const { sort, toggle } = useSort<SchoolOrderField>({ field: 'NAME', direction: 'ASC' });
  const pager = useCursorPager(JSON.stringify([debouncedSearch, organisationId, sort]));

  const [{ data, fetching, error }, reexecute] = useQuery({
    query: SchoolsQuery,
    variables: { first: PAGE_SIZE, after: pager.after, search: debouncedSearch || null, organisationId, orderBy: sort },
    requestPolicy: 'cache-and-network',
    context: useMemo(() => CONTEXT, []),
  });

  const connection = data?.schools;
  const filtered = Boolean(debouncedSearch || organisationId);
  const dir = (field: SchoolOrderField) => (sort.field === field ? sort.direction : null);
  const newButton = canEdit ? (
    <Button component={Link} to="/scholen/nieuw" leftSection={<IconPlus size={18} aria-hidden />}>
      {t('schools.new')}
    </Button>
  ) : null;

  return (
    <Page title={t('schools.title')} actions={newButton}>
      <Group align="flex-end" gap="md">
        <SearchInput label={t('schools.searchLabel')} value={search} onChange={setSearch} />
        <OrganisationSelect
          label={t('schools.organisation')}
          placeholder={t('schools.allOrganisations')}
          clearable
          value={organisationId}
          onChange={setOrganisationId}
          w={280}
        />
      </Group>

      <ListStates
        connection={connection}
        hasData={Boolean(data)}
        error={error}
        fetching={fetching}
        filtered={filtered}
        empty={<EmptyState title={t('schools.empty')} text={t('schools.emptyText')} icon={<IconSchool size={28} />} action={newButton} />}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {(connection) => (
          <>
            <Table.ScrollContainer minWidth={680}>
              <Table striped highlightOnHover verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <SortableTh direction={dir('NAME')} onSort={() => toggle('NAME')}>
                      {t('schools.name')}
                    </SortableTh>
                    <SortableTh direction={dir('BRIN')} onSort={() => toggle('BRIN')}>
                      {t('schools.brin')}
                    </SortableTh>
                    <SortableTh direction={dir('PLAATS')} onSort={() => toggle('PLAATS')}>
                      {t('schools.plaats')}
                    </SortableTh>
                    <SortableTh direction={dir('ORGANISATION')} onSort={() => toggle('ORGANISATION')}>
                      {t('schools.organisation')}
                    </SortableTh>
                    <Table.Th>{t('schools.region')}</Table.Th>
                    <Table.Th>{t('schools.staffCount')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {connection.nodes.map((s) => (
                    <Table.Tr key={s.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/scholen/${encodeURIComponent(s.id)}`} fw={500}>
                          {s.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td ff="monospace">{s.brin}</Table.Td>
                      <Table.Td>{s.plaats}</Table.Td>
                      <Table.Td>{s.organisation.name}</Table.Td>
                      <Table.Td>{t(`regions.${s.region}`)}</Table.Td>
                      <Table.Td>{s.staffCount}</Table.Td>
                    </Table.Tr>
                  ))}
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
