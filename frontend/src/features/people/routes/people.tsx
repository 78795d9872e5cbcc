import { Anchor, Button, Group, Select, Table } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState } from '@/components/empty-state';
import { ListStates } from '@/components/list-states';
import { Page } from '@/components/page';
import { ConnectionPager } from '@/components/connection-pager';
import { SchoolSelect } from '@/components/school-select';
import { SearchInput } from '@/components/search-input';
import { SortableTh } from '@/components/sortable-th';
import type { PersonOrderField, Role } from '@/gql/graphql';
import { useIsBeheerder } from '@/lib/auth';
import { formatDay } from '@/lib/format';
import { useCursorPager } from '@/lib/use-cursor-pager';
import { useSort } from '@/lib/use-sort';
import { PeopleQuery } from '../api/people';
import { StarterBadge, StatusBadge } from '../components/person-badges';
import { ROLES } from '../components/person-form-values';

const PAGE_SIZE = 25;
const CONTEXT = { additionalTypenames: ['Person'] };
type StarterFilter = 'all' | 'yes' | 'no';

export default function PeopleRoute() {
  const { t, i18n } = useTranslation();
  const canEdit = useIsBeheerder();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [role, setRole] = useState<Role | null>(null);
  const [schoolId, setSchoolId] = useState<string | null>(null);
  const [starter, setStarter] = useState<StarterFilter>('all');
  const { sort, toggle } = useSort<PersonOrderField>({ field: 'NAME', direction: 'ASC' });
  const pager = useCursorPager(JSON.stringify([debouncedSearch, role, schoolId, starter, sort]));

  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PeopleQuery,
    variables: {
      first: PAGE_SIZE,
      after: pager.after,
      search: debouncedSearch || null,
      role,
      schoolId,
      starter: starter === 'all' ? null : starter === 'yes',
      orderBy: sort,
    },
    requestPolicy: 'cache-and-network',
    context: useMemo(() => CONTEXT, []),
  });

  const connection = data?.people;
  const filtered = Boolean(debouncedSearch || role || schoolId || starter !== 'all');
  const dir = (field: PersonOrderField) => (sort.field === field ? sort.direction : null);
  const inviteButton = canEdit ? (
    <Button component={Link} to="/mensen/uitnodigen" leftSection={<IconUserPlus size={18} aria-hidden />}>
      {t('people.invite')}
    </Button>
  ) : null;

  return (
    <Page title={t('people.title')} actions={inviteButton}>
      <Group align="flex-end" gap="md">
        <SearchInput label={t('people.searchLabel')} value={search} onChange={setSearch} />
        <Select
          label={t('people.roleFilter')}
          placeholder={t('people.allRoles')}
          clearable
          value={role}
          onChange={setRole}
          data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          w={180}
        />
        <SchoolSelect
          label={t('people.schoolFilter')}
          placeholder={t('people.allSchools')}
          value={schoolId}
          onChange={setSchoolId}
          w={240}
        />
        <Select
          label={t('people.starterFilter')}
          value={starter}
          onChange={(value) => setStarter(value ?? 'all')}
          allowDeselect={false}
          data={[
            { value: 'all', label: t('people.starterAll') },
            { value: 'yes', label: t('people.starterOnly') },
            { value: 'no', label: t('people.starterNone') },
          ]}
          w={180}
        />
      </Group>

      <ListStates
        connection={connection}
        hasData={Boolean(data)}
        error={error}
        fetching={fetching}
        filtered={filtered}
        empty={<EmptyState title={t('people.empty')} text={t('people.emptyText')} icon={<IconUsers size={28} />} action={inviteButton} />}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {(connection) => (
          <>
            <Table.ScrollContainer minWidth={760}>
              <Table striped highlightOnHover verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <SortableTh direction={dir('NAME')} onSort={() => toggle('NAME')}>
                      {t('people.name')}
                    </SortableTh>
                    <SortableTh direction={dir('EMAIL')} onSort={() => toggle('EMAIL')}>
                      {t('people.email')}
                    </SortableTh>
                    <Table.Th>{t('people.roles')}</Table.Th>
                    <Table.Th>{t('people.schools')}</Table.Th>
                    <Table.Th>{t('people.status')}</Table.Th>
                    <SortableTh direction={dir('CREATED_AT')} onSort={() => toggle('CREATED_AT')}>
                      {t('people.createdAt')}
                    </SortableTh>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {connection.nodes.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Anchor component={Link} to={`/mensen/${encodeURIComponent(p.id)}`} fw={500}>
                            {p.name}
                          </Anchor>
                          {p.isStarter ? <StarterBadge short /> : null}
                        </Group>
                      </Table.Td>
                      <Table.Td>{p.email}</Table.Td>
                      <Table.Td>{p.roles.map((r) => t(`roles.${r}`)).join(', ')}</Table.Td>
                      <Table.Td>{p.schools.map((s) => s.name).join(', ') || t('common.none')}</Table.Td>
                      <Table.Td>
                        <StatusBadge status={p.status} />
                      </Table.Td>
                      <Table.Td>{formatDay(p.createdAt, i18n.language)}</Table.Td>
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
