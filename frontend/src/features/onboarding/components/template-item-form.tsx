import { Button, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { CombinedError } from '@urql/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { showMutationError } from '@/lib/mutation-errors';
import { rules } from '@/lib/validation';
import { DocumentsQuery } from '../api/documents';

export interface ItemValues {
  text: string;
  linkUrl: string;
  documentId: string | null;
}

interface TemplateItemModalProps {
  opened: boolean;
  title: string;
  initial: ItemValues;
  /** The template's organisation, whose documents an item may link; null for the default. */
  organisationId: string | null;
  submitting: boolean;
  onSubmit: (values: ItemValues) => Promise<CombinedError | undefined>;
  onClose: () => void;
}

/** Adds or rewords a template item, with an optional link and document. */
export function TemplateItemModal({ opened, title, initial, organisationId, submitting, onSubmit, onClose }: TemplateItemModalProps) {
  const { t } = useTranslation();
  const form = useForm<ItemValues>({ mode: 'controlled', initialValues: initial, validate: { text: rules.required } });
  const [{ data }] = useQuery({ query: DocumentsQuery, variables: { organisationId }, pause: !organisationId || !opened });
  const documents = (data?.documents ?? []).map((d) => ({ value: d.id, label: `${d.title} (${d.ownerName})` }));

  const submit = async (values: ItemValues) => {
    const error = await onSubmit({ text: values.text.trim(), linkUrl: values.linkUrl.trim(), documentId: values.documentId || null });
    if (error) showMutationError(error, form, ['text', 'linkUrl', 'documentId']);
    else onClose();
  };

  return (
    <Modal opened={opened} onClose={onClose} title={title} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate>
        <Stack gap="md">
          <Textarea label={t('onboarding.template.itemText')} required autosize minRows={2} data-autofocus {...form.getInputProps('text')} />
          <TextInput label={t('onboarding.template.linkUrl')} type="url" placeholder="https://" {...form.getInputProps('linkUrl')} />
          {organisationId ? (
            <Select
              label={t('onboarding.template.document')}
              placeholder={t('onboarding.template.noDocument')}
              data={documents}
              clearable
              {...form.getInputProps('documentId')}
            />
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={submitting}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

interface PartTitleModalProps {
  opened: boolean;
  title: string;
  initial: string;
  submitting: boolean;
  onSubmit: (title: string) => Promise<CombinedError | undefined>;
  onClose: () => void;
}

/** Names a new part or renames one. */
export function PartTitleModal({ opened, title, initial, submitting, onSubmit, onClose }: PartTitleModalProps) {
  const { t } = useTranslation();
  const form = useForm({ mode: 'controlled', initialValues: { title: initial }, validate: { title: rules.required } });
  const submit = async (values: { title: string }) => {
    const error = await onSubmit(values.title.trim());
    if (error) showMutationError(error, form, ['title']);
    else onClose();
  };
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate>
        <Stack gap="md">
          <TextInput label={t('onboarding.template.partTitle')} required data-autofocus {...form.getInputProps('title')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={submitting}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
