import { ActionIcon, Anchor, Button, Card, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import type { CombinedError } from '@urql/core';
import type { ReactNode } from 'react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ConfirmDialog } from '@/components/confirm-dialog';
import type { ChecklistTemplateFieldsFragment } from '@/gql/graphql';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { AddChecklistTemplateItemMutation } from '../api/add-checklist-template-item';
import { AddChecklistTemplatePartMutation } from '../api/add-checklist-template-part';
import { MoveChecklistTemplateItemMutation } from '../api/move-checklist-template-item';
import { MoveChecklistTemplatePartMutation } from '../api/move-checklist-template-part';
import { RemoveChecklistTemplateItemMutation } from '../api/remove-checklist-template-item';
import { RemoveChecklistTemplatePartMutation } from '../api/remove-checklist-template-part';
import { RenameChecklistTemplatePartMutation } from '../api/rename-checklist-template-part';
import { UpdateChecklistTemplateItemMutation } from '../api/update-checklist-template-item';
import { PartTitleModal, TemplateItemModal } from './template-item-form';
import type { ItemValues } from './template-item-form';

type Template = ChecklistTemplateFieldsFragment;
type Part = Template['parts'][number];
type Item = Part['items'][number];

type Editing =
  | { kind: 'addPart' }
  | { kind: 'renamePart'; part: Part }
  | { kind: 'removePart'; part: Part }
  | { kind: 'addItem'; part: Part }
  | { kind: 'editItem'; item: Item }
  | { kind: 'removeItem'; item: Item }
  | null;

function IconButton({ label, onClick, children, disabled }: { label: string; onClick: () => void; children: ReactNode; disabled?: boolean }) {
  return (
    <Tooltip label={label} withArrow>
      <ActionIcon variant="subtle" onClick={onClick} aria-label={label} disabled={disabled}>
        {children}
      </ActionIcon>
    </Tooltip>
  );
}

/** Shows the outcome of a template change: a toast, or the error. */
function useOutcome() {
  const { t } = useTranslation();
  return (error: CombinedError | undefined, silent = false): CombinedError | undefined => {
    if (error) return error;
    if (!silent) notifySuccess(t('onboarding.template.saved'));
    return undefined;
  };
}

function ItemRow({ item, first, last, canEdit, onEdit }: { item: Item; first: boolean; last: boolean; canEdit: boolean; onEdit: (e: Editing) => void }) {
  const { t } = useTranslation();
  const [{ fetching }, move] = useMutation(MoveChecklistTemplateItemMutation);
  const moveItem = async (direction: 'UP' | 'DOWN') => {
    const result = await move({ input: { itemId: item.id, direction } });
    if (result.error) showMutationError(result.error);
  };
  return (
    <Group component="li" justify="space-between" wrap="nowrap" gap="xs" py={4} data-testid="template-item">
      <Stack gap={0} style={{ flex: 1 }}>
        <Text>{item.text}</Text>
        <Group gap="sm">
          {item.linkUrl ? (
            <Anchor href={item.linkUrl} target="_blank" rel="noopener noreferrer" size="xs">
              {item.linkUrl}
            </Anchor>
          ) : null}
          {item.document ? (
            <Anchor href={item.document.url} target="_blank" rel="noopener noreferrer" size="xs">
              {t('onboarding.checklist.document', { title: item.document.title })}
            </Anchor>
          ) : null}
        </Group>
      </Stack>
      {canEdit ? (
        <Group gap={2} wrap="nowrap">
          <IconButton label={t('onboarding.template.itemUp', { text: item.text })} onClick={() => void moveItem('UP')} disabled={first || fetching}>
            <IconArrowUp size={16} aria-hidden />
          </IconButton>
          <IconButton label={t('onboarding.template.itemDown', { text: item.text })} onClick={() => void moveItem('DOWN')} disabled={last || fetching}>
            <IconArrowDown size={16} aria-hidden />
          </IconButton>
          <IconButton label={t('onboarding.template.editItemOf', { text: item.text })} onClick={() => onEdit({ kind: 'editItem', item })}>
            <IconPencil size={16} aria-hidden />
          </IconButton>
          <IconButton label={t('onboarding.template.removeItemOf', { text: item.text })} onClick={() => onEdit({ kind: 'removeItem', item })}>
            <IconTrash size={16} aria-hidden />
          </IconButton>
        </Group>
      ) : null}
    </Group>
  );
}

function PartCard({ part, first, last, canEdit, onEdit }: { part: Part; first: boolean; last: boolean; canEdit: boolean; onEdit: (e: Editing) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [{ fetching }, move] = useMutation(MoveChecklistTemplatePartMutation);
  const movePart = async (direction: 'UP' | 'DOWN') => {
    const result = await move({ input: { partId: part.id, direction } });
    if (result.error) showMutationError(result.error);
  };
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId} data-testid="template-part">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Title order={3} size="h4" id={headingId}>
            {part.title}
          </Title>
          {canEdit ? (
            <Group gap={2} wrap="nowrap">
              <IconButton label={t('onboarding.template.partUp', { title: part.title })} onClick={() => void movePart('UP')} disabled={first || fetching}>
                <IconArrowUp size={16} aria-hidden />
              </IconButton>
              <IconButton label={t('onboarding.template.partDown', { title: part.title })} onClick={() => void movePart('DOWN')} disabled={last || fetching}>
                <IconArrowDown size={16} aria-hidden />
              </IconButton>
              <IconButton label={t('onboarding.template.renamePartOf', { title: part.title })} onClick={() => onEdit({ kind: 'renamePart', part })}>
                <IconPencil size={16} aria-hidden />
              </IconButton>
              <IconButton label={t('onboarding.template.removePartOf', { title: part.title })} onClick={() => onEdit({ kind: 'removePart', part })}>
                <IconTrash size={16} aria-hidden />
              </IconButton>
            </Group>
          ) : null}
        </Group>
        <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
          {part.items.map((item, i) => (
            <ItemRow key={item.id} item={item} first={i === 0} last={i === part.items.length - 1} canEdit={canEdit} onEdit={onEdit} />
          ))}
        </Stack>
        {canEdit ? (
          <Button
            variant="subtle"
            size="xs"
            w="fit-content"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => onEdit({ kind: 'addItem', part })}
            aria-label={t('onboarding.template.addItemTo', { title: part.title })}
          >
            {t('onboarding.template.addItem')}
          </Button>
        ) : null}
      </Stack>
    </Card>
  );
}

/**
 * A checklist template with buttons to add, reword, reorder and remove parts
 * and items: buttons rather than drag and drop, so it works by keyboard and
 * with a screen reader.
 */
export function TemplateEditor({ template }: { template: Template }) {
  const { t } = useTranslation();
  const outcome = useOutcome();
  const [editing, setEditing] = useState<Editing>(null);
  const close = () => setEditing(null);
  const [addPartState, addPart] = useMutation(AddChecklistTemplatePartMutation);
  const [renameState, renamePart] = useMutation(RenameChecklistTemplatePartMutation);
  const [removePartState, removePart] = useMutation(RemoveChecklistTemplatePartMutation);
  const [addItemState, addItem] = useMutation(AddChecklistTemplateItemMutation);
  const [updateItemState, updateItem] = useMutation(UpdateChecklistTemplateItemMutation);
  const [removeItemState, removeItem] = useMutation(RemoveChecklistTemplateItemMutation);
  const organisationId = template.organisation?.id ?? null;
  const itemInput = (v: ItemValues) => ({ text: v.text, linkUrl: v.linkUrl, documentId: v.documentId });

  const confirmRemove = async () => {
    if (editing?.kind === 'removePart') {
      const result = await removePart({ input: { partId: editing.part.id } });
      if (result.error) showMutationError(result.error);
      else outcome(undefined);
    } else if (editing?.kind === 'removeItem') {
      const result = await removeItem({ input: { itemId: editing.item.id } });
      if (result.error) showMutationError(result.error);
      else outcome(undefined);
    }
    close();
  };

  return (
    <Stack gap="md">
      {template.parts.map((part, i) => (
        <PartCard key={part.id} part={part} first={i === 0} last={i === template.parts.length - 1} canEdit={template.canEdit} onEdit={setEditing} />
      ))}
      {template.canEdit ? (
        <Button variant="light" w="fit-content" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing({ kind: 'addPart' })}>
          {t('onboarding.template.addPart')}
        </Button>
      ) : null}

      <PartTitleModal
        key={editing?.kind === 'renamePart' ? editing.part.id : (editing?.kind ?? 'none')}
        opened={editing?.kind === 'addPart' || editing?.kind === 'renamePart'}
        title={editing?.kind === 'renamePart' ? t('onboarding.template.renamePart') : t('onboarding.template.addPart')}
        initial={editing?.kind === 'renamePart' ? editing.part.title : ''}
        submitting={addPartState.fetching || renameState.fetching}
        onClose={close}
        onSubmit={async (title) => {
          const result =
            editing?.kind === 'renamePart'
              ? await renamePart({ input: { partId: editing.part.id, title } })
              : await addPart({ input: { templateId: template.id, title } });
          return outcome(result.error);
        }}
      />
      <TemplateItemModal
        key={editing?.kind === 'editItem' ? editing.item.id : editing?.kind === 'addItem' ? `add-${editing.part.id}` : 'none'}
        opened={editing?.kind === 'addItem' || editing?.kind === 'editItem'}
        title={editing?.kind === 'editItem' ? t('onboarding.template.editItem') : t('onboarding.template.addItem')}
        initial={
          editing?.kind === 'editItem'
            ? { text: editing.item.text, linkUrl: editing.item.linkUrl, documentId: editing.item.document?.id ?? null }
            : { text: '', linkUrl: '', documentId: null }
        }
        organisationId={organisationId}
        submitting={addItemState.fetching || updateItemState.fetching}
        onClose={close}
        onSubmit={async (values) => {
          if (editing?.kind === 'editItem') {
            return outcome((await updateItem({ input: { itemId: editing.item.id, ...itemInput(values) } })).error);
          }
          if (editing?.kind === 'addItem') {
            return outcome((await addItem({ input: { partId: editing.part.id, ...itemInput(values) } })).error);
          }
          return undefined;
        }}
      />
      <ConfirmDialog
        opened={editing?.kind === 'removePart' || editing?.kind === 'removeItem'}
        title={editing?.kind === 'removePart' ? t('onboarding.template.removePartTitle') : t('onboarding.template.removeItemTitle')}
        message={
          editing?.kind === 'removePart'
            ? t('onboarding.template.removePartMessage', { title: editing.part.title })
            : editing?.kind === 'removeItem'
              ? t('onboarding.template.removeItemMessage', { text: editing.item.text })
              : ''
        }
        confirmLabel={t('common.delete')}
        danger
        loading={removePartState.fetching || removeItemState.fetching}
        onConfirm={() => void confirmRemove()}
        onClose={close}
      />
    </Stack>
  );
}
