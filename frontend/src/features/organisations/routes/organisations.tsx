import { ActionIcon, Button, Group, Select, Table, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBuildingCommunity, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { EmptyState } from '@/components/empty-state';
import { ListStates } from '@/components/list-states';
import { Page } from '@/components/page';
import { ConnectionPager } from '@/components/connection-pager';
import { SearchInput } from '@/components/search-input';
import { SortableTh } from '@/components/sortable-th';
import type { OrganisationKind, OrganisationOrderField } from '@/gql/graphql';
import { useIsBeheerder } from '@/lib/auth';
import { formatDay } from '@/lib/format';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { useCursorPager } from '@/lib/use-cursor-pager';
import { useSort } from '@/lib/use-sort';
import { DeleteOrganisationMutation } from '../api/delete-organisation';
import { OrganisationsQuery } from '../api/organisations';
import { OrganisationFormModal } from '../components/organisation-form-modal';
import { ORGANISATION_KINDS } from '../constants';
import type { EditableOrganisation } from '../components/organisation-form-modal';

const PAGE_SIZE = 25;
// Lists are refreshed when one of these types comes back from a mutation.
const CONTEXT = { additionalTypenames: ['Organisation', 'DeletePayload'] };

export default function OrganisationsRoute() {
  const { t, i18n } = useTranslation();
  const canEdit = useIsBeheerder();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [kind, setKind] = useState<OrganisationKind | null>(null);
  const { sort, toggle } = useSort<OrganisationOrderField>({ field: 'NAME', direction: 'ASC' });
  const pager = useCursorPager(JSON.stringify([debouncedSearch, kind, sort]));

  const [{ data, fetching, error }, reexecute] = useQuery({
    query: OrganisationsQuery,
    variables: {
      first: PAGE_SIZE,
      after: pager.after,
      search: debouncedSearch || null,
      kind,
      orderBy: sort,
    },
    requestPolicy: 'cache-and-network',
    context: useMemo(() => CONTEXT, []),
  });

  const [editing, setEditing] = useState<EditableOrganisation | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [deleting, setDeleting] = useState<{ id: string; name: string } | null>(null);
  const [{ fetching: deletePending }, deleteOrganisation] = useMutation(DeleteOrganisationMutation);

  const openCreate = () => {
    setEditing(null);
    setFormOpen(true);
  };
  const openEdit = (organisation: EditableOrganisation) => {
    setEditing(organisation);
    setFormOpen(true);
  };
  const confirmDelete = async () => {
    if (!deleting) return;
    const result = await deleteOrganisation({ input: { id: deleting.id } });
    setDeleting(null);
    if (result.error) {
      showMutationError(result.error);
      return;
    }
    notifySuccess(t('common.deleted'));
  };

  const connection = data?.organisations;
  const filtered = Boolean(debouncedSearch || kind);
  const dir = (field: OrganisationOrderField) => (sort.field === field ? sort.direction : null);

  return (
    <Page
      title={t('organisations.title')}
      actions={
        canEdit ? (
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={openCreate}>
            {t('organisations.new')}
          </Button>
        ) : null
      }
    >
      <Group align="flex-end" gap="md">
        <SearchInput label={t('organisations.searchLabel')} value={search} onChange={setSearch} />
        <Select
          label={t('organisations.kind')}
          placeholder={t('organisations.allKinds')}
          clearable
          value={kind}
          onChange={setKind}
          data={ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          w={220}
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
            title={t('organisations.empty')}
            text={t('organisations.emptyText')}
            icon={<IconBuildingCommunity size={28} />}
            action={
              canEdit ? (
                <Button onClick={openCreate} leftSection={<IconPlus size={18} aria-hidden />}>
                  {t('organisations.new')}
                </Button>
              ) : null
            }
          />
        }
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {(connection) => (
          <>
            <Table.ScrollContainer minWidth={640}>
              <Table striped highlightOnHover verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <SortableTh direction={dir('NAME')} onSort={() => toggle('NAME')}>
                      {t('organisations.name')}
                    </SortableTh>
                    <SortableTh direction={dir('KIND')} onSort={() => toggle('KIND')}>
                      {t('organisations.kind')}
                    </SortableTh>
                    <SortableTh direction={dir('PLAATS')} onSort={() => toggle('PLAATS')}>
                      {t('organisations.plaats')}
                    </SortableTh>
                    <Table.Th>{t('organisations.schoolCount')}</Table.Th>
                    <SortableTh direction={dir('CREATED_AT')} onSort={() => toggle('CREATED_AT')}>
                      {t('organisations.createdAt')}
                    </SortableTh>
                    {canEdit ? (
                      <Table.Th>
                        <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                      </Table.Th>
                    ) : null}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {connection.nodes.map((o) => (
                    <Table.Tr key={o.id}>
                      <Table.Td fw={500}>{o.name}</Table.Td>
                      <Table.Td>{t(`kinds.${o.kind}`)}</Table.Td>
                      <Table.Td>{o.plaats || t('common.none')}</Table.Td>
                      <Table.Td>{o.schoolCount}</Table.Td>
                      <Table.Td>{formatDay(o.createdAt, i18n.language)}</Table.Td>
                      {canEdit ? (
                        <Table.Td>
                          <Group gap={4} justify="flex-end" wrap="nowrap">
                            <ActionIcon variant="subtle" aria-label={t('organisations.editLabel', { name: o.name })} onClick={() => openEdit(o)}>
                              <IconPencil size={18} aria-hidden />
                            </ActionIcon>
                            <ActionIcon
                              variant="subtle"
                              color="red"
                              aria-label={t('organisations.deleteLabel', { name: o.name })}
                              onClick={() => setDeleting({ id: o.id, name: o.name })}
                            >
                              <IconTrash size={18} aria-hidden />
                            </ActionIcon>
                          </Group>
                        </Table.Td>
                      ) : null}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <ConnectionPager connection={connection} pager={pager} pageSize={PAGE_SIZE} />
          </>
        )}
      </ListStates>

      <OrganisationFormModal opened={formOpen} organisation={editing} onClose={() => setFormOpen(false)} />
      <ConfirmDialog
        opened={deleting !== null}
        title={t('organisations.deleteTitle')}
        message={t('organisations.deleteConfirm', { name: deleting?.name ?? '' })}
        confirmLabel={t('common.delete')}
        danger
        loading={deletePending}
        onConfirm={() => void confirmDelete()}
        onClose={() => setDeleting(null)}
      />
    </Page>
  );
}
