import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFileImport, IconListDetails, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { ConnectionPager } from '@/components/connection-pager';
import { EmptyState } from '@/components/empty-state';
import { ListStates } from '@/components/list-states';
import { Page } from '@/components/page';
import { SearchInput } from '@/components/search-input';
import { hasRole, useViewer } from '@/lib/auth';
import { useCursorPager } from '@/lib/use-cursor-pager';
import { FrameworksQuery } from '../api/frameworks';
import { ExampleBadge } from '../components/example-badge';
import { FrameworkHeadModal } from '../components/framework-head-modal';
import { ImportDialog } from '../components/import-dialog';
import { frameworkPath } from '../utils/paths';

const PAGE_SIZE = 25;
const CONTEXT = { additionalTypenames: ['Framework'] };

/** /kaders: every framework with its size and the leergangen that use it; new and import for editors. */
export default function FrameworksRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const viewer = useViewer();
  const canEdit = hasRole(viewer, 'BEHEERDER') || hasRole(viewer, 'OPLEIDER');
  const [dialog, setDialog] = useState<'new' | 'import' | null>(null);
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const pager = useCursorPager(debouncedSearch);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: FrameworksQuery,
    variables: { first: PAGE_SIZE, after: pager.after, search: debouncedSearch || null },
    requestPolicy: 'cache-and-network',
    context: useMemo(() => CONTEXT, []),
  });
  const connection = data?.frameworks;
  const open = (id: string) => void navigate(frameworkPath(id));

  const actions = canEdit ? (
    <>
      <Button variant="default" leftSection={<IconFileImport size={18} aria-hidden />} onClick={() => setDialog('import')}>
        {t('frameworks.import')}
      </Button>
      <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setDialog('new')}>
        {t('frameworks.new')}
      </Button>
    </>
  ) : null;

  return (
    <Page title={t('frameworks.title')} actions={actions}>
      <Text c="dimmed" maw={760}>
        {t('frameworks.intro')}
      </Text>
      <Group>
        <SearchInput label={t('frameworks.searchLabel')} value={search} onChange={setSearch} />
      </Group>
      <ListStates
        connection={connection}
        hasData={Boolean(data)}
        error={error}
        fetching={fetching}
        filtered={Boolean(debouncedSearch)}
        empty={<EmptyState title={t('frameworks.empty')} text={t('frameworks.emptyText')} icon={<IconListDetails size={28} />} action={actions} />}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {(connection) => (
          <>
            <Table.ScrollContainer minWidth={640}>
              <Table striped highlightOnHover verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('frameworks.columns.name')}</Table.Th>
                    <Table.Th ta="right">{t('frameworks.columns.competencies')}</Table.Th>
                    <Table.Th ta="right">{t('frameworks.columns.aspects')}</Table.Th>
                    <Table.Th>{t('frameworks.columns.leergangen')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {connection.nodes.map((f) => (
                    <Table.Tr key={f.id}>
                      <Table.Td>
                        <Group gap="xs">
                          <Anchor component={Link} to={frameworkPath(f.id)} fw={500}>
                            {f.name}
                          </Anchor>
                          {f.isExample ? <ExampleBadge /> : null}
                        </Group>
                      </Table.Td>
                      <Table.Td ta="right">{f.competencyCount}</Table.Td>
                      <Table.Td ta="right">{f.aspectCount}</Table.Td>
                      <Table.Td>
                        {f.leergangen.length === 0 ? (
                          <Text size="sm" c="dimmed">
                            {t('frameworks.notUsed')}
                          </Text>
                        ) : (
                          <Text size="sm">{f.leergangen.map((l) => l.name).join(', ')}</Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <ConnectionPager connection={connection} pager={pager} pageSize={PAGE_SIZE} />
          </>
        )}
      </ListStates>
      {dialog === 'new' ? <FrameworkHeadModal onSaved={(f) => open(f.id)} onClose={() => setDialog(null)} /> : null}
      {dialog === 'import' ? <ImportDialog onImported={(f) => open(f.id)} onClose={() => setDialog(null)} /> : null}
    </Page>
  );
}
