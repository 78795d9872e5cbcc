import { ActionIcon, Button, Group, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { EmptyState } from '@/components/empty-state';
import { TableSkeleton } from '@/components/loading';
import { QueryError } from '@/components/query-error';
import type { DocumentFieldsFragment } from '@/gql/graphql';
import { hasRole, useViewer } from '@/lib/auth';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { DeleteDocumentMutation } from '../api/delete-document';
import { DocumentsQuery } from '../api/documents';
import { DocumentModal } from './document-form';
import { DocumentLink } from './document-link';

type Editing = { kind: 'add' } | { kind: 'edit'; doc: DocumentFieldsFragment } | { kind: 'delete'; doc: DocumentFieldsFragment } | null;

/** The "Documenten" tab: the documents the viewer sees, and managing those they may. */
export function DocumentsPanel() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const mayAdd = hasRole(viewer, 'BESTUUR') || hasRole(viewer, 'DIRECTIE') || hasRole(viewer, 'BEHEERDER');
  const [{ data, fetching, error }, reexecute] = useQuery({ query: DocumentsQuery, variables: {}, requestPolicy: 'cache-and-network' });
  const [{ fetching: deleting }, remove] = useMutation(DeleteDocumentMutation);
  const [editing, setEditing] = useState<Editing>(null);
  const docs = data?.documents ?? [];
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const close = () => {
    setEditing(null);
    refresh();
  };
  const confirmDelete = async () => {
    if (editing?.kind !== 'delete') return;
    const result = await remove({ input: { id: editing.doc.id } });
    if (result.error) showMutationError(result.error);
    else notifySuccess(t('common.deleted'));
    close();
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text c="dimmed">{t('onboarding.documents.intro')}</Text>
        {mayAdd ? (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing({ kind: 'add' })}>
            {t('onboarding.documents.add')}
          </Button>
        ) : null}
      </Group>
      {error && !data ? <QueryError error={error} onRetry={refresh} /> : null}
      {fetching && !data ? <TableSkeleton /> : null}
      {data && docs.length === 0 ? <EmptyState title={t('onboarding.documents.empty')} /> : null}
      {docs.length > 0 ? (
        <Table.ScrollContainer minWidth={600}>
          <Table striped verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('onboarding.documents.colTitle')}</Table.Th>
                <Table.Th scope="col">{t('onboarding.documents.colOwner')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {docs.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>
                    <DocumentLink doc={d} />
                    {d.description ? (
                      <Text size="sm" c="dimmed">
                        {d.description}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{d.ownerName}</Table.Td>
                  <Table.Td>
                    {d.canManage ? (
                      <Group gap={2} justify="flex-end" wrap="nowrap">
                        <Tooltip label={t('onboarding.documents.editOf', { title: d.title })}>
                          <ActionIcon variant="subtle" aria-label={t('onboarding.documents.editOf', { title: d.title })} onClick={() => setEditing({ kind: 'edit', doc: d })}>
                            <IconPencil size={16} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label={t('onboarding.documents.deleteOf', { title: d.title })}>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={t('onboarding.documents.deleteOf', { title: d.title })}
                            onClick={() => setEditing({ kind: 'delete', doc: d })}
                          >
                            <IconTrash size={16} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                      </Group>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <DocumentModal
        key={editing?.kind === 'edit' ? editing.doc.id : (editing?.kind ?? 'none')}
        opened={editing?.kind === 'add' || editing?.kind === 'edit'}
        document={editing?.kind === 'edit' ? editing.doc : null}
        onClose={close}
      />
      <ConfirmDialog
        opened={editing?.kind === 'delete'}
        title={t('onboarding.documents.deleteTitle')}
        message={editing?.kind === 'delete' ? t('onboarding.documents.deleteMessage', { title: editing.doc.title }) : ''}
        confirmLabel={t('common.delete')}
        danger
        loading={deleting}
        onConfirm={() => void confirmDelete()}
        onClose={() => setEditing(null)}
      />
    </Stack>
  );
}
