import { Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { CombinedError } from '@urql/core';
import { useTranslation } from 'react-i18next';
import { showMutationError } from '@/lib/mutation-errors';
import { rules } from '@/lib/validation';

export interface ItemValues {
  title: string;
  description: string;
}

interface ItemFormModalProps {
  title: string;
  /** The label of the main text: "Competentie" or "Aspect". */
  label: string;
  /** The server's field name of the main text ("name" for a competency, "title" for an aspect). */
  serverField: 'name' | 'title';
  initial?: ItemValues;
  loading: boolean;
  /** Saves; answers the error to show, or undefined when saved. */
  onSubmit: (values: ItemValues) => Promise<CombinedError | undefined>;
  onClose: () => void;
}

/** Adds or rewords a competency or an aspect: its text and description. */
export function ItemFormModal({ title, label, serverField, initial, loading, onSubmit, onClose }: ItemFormModalProps) {
  const { t } = useTranslation();
  const form = useForm<ItemValues>({
    mode: 'controlled',
    initialValues: initial ?? { title: '', description: '' },
    validate: { title: rules.required },
  });
  const submit = async (values: ItemValues) => {
    const error = await onSubmit({ title: values.title.trim(), description: values.description.trim() });
    if (error) {
      showMutationError(error, form, ['title', 'description'], { [serverField]: 'title' });
      return;
    }
    onClose();
  };
  return (
    <Modal opened onClose={onClose} title={title} centered size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
        <Stack gap="md">
          <TextInput label={label} required data-autofocus {...form.getInputProps('title')} />
          <Textarea label={t('frameworks.fields.description')} autosize minRows={3} maxRows={10} {...form.getInputProps('description')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
