import { ActionIcon, Button, Fieldset, Group, Modal, NumberInput, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { FrameworkDetailFieldsFragment } from '@/gql/graphql';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { rules } from '@/lib/validation';
import { CreateFrameworkMutation, UpdateFrameworkMutation } from '../api/mutations';

interface ScaleRow {
  value: number | string;
  label: string;
  description: string;
}

interface HeadValues {
  name: string;
  description: string;
  scale: ScaleRow[];
}

interface FrameworkHeadModalProps {
  /** The framework to change; without it the modal creates a new one (with the standard scale). */
  framework?: FrameworkDetailFieldsFragment;
  onSaved: (framework: FrameworkDetailFieldsFragment) => void;
  onClose: () => void;
}

/** Creates a framework, or changes its name, description and scale. */
export function FrameworkHeadModal({ framework, onSaved, onClose }: FrameworkHeadModalProps) {
  const { t } = useTranslation();
  const [created, create] = useMutation(CreateFrameworkMutation);
  const [updated, update] = useMutation(UpdateFrameworkMutation);
  const form = useForm<HeadValues>({
    mode: 'controlled',
    initialValues: {
      name: framework?.name ?? '',
      description: framework?.description ?? '',
      scale: framework?.scale.map((s) => ({ value: s.value, label: s.label, description: s.description })) ?? [],
    },
    validate: { name: rules.required, scale: { label: rules.required } },
  });

  const submit = async (values: HeadValues) => {
    const base = { name: values.name.trim(), description: values.description.trim() };
    const result = framework
      ? await update({
          input: {
            id: framework.id,
            ...base,
            scale: values.scale.map((s) => ({ value: Number(s.value), label: s.label.trim(), description: s.description.trim() })),
          },
        })
      : await create({ input: base });
    if (result.error) {
      showMutationError(result.error, form, ['name', 'description', 'scale']);
      return;
    }
    const saved = result.data && ('updateFramework' in result.data ? result.data.updateFramework.framework : result.data.createFramework.framework);
    if (!saved) return;
    notifySuccess(framework ? t('frameworks.saved') : t('frameworks.created'));
    onSaved(saved);
  };

  const nextValue = Math.max(0, ...form.values.scale.map((s) => Number(s.value) || 0)) + 1;
  return (
    <Modal
      opened
      onClose={onClose}
      title={framework ? t('frameworks.editHead') : t('frameworks.createTitle')}
      centered
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
        <Stack gap="md">
          <TextInput label={t('frameworks.fields.name')} required data-autofocus {...form.getInputProps('name')} />
          <Textarea label={t('frameworks.fields.description')} autosize minRows={2} maxRows={8} {...form.getInputProps('description')} />
          {framework ? (
            <Fieldset legend={t('frameworks.scale.title')}>
              <Stack gap="xs">
                {framework.hasRatings ? (
                  <Text size="sm" c="dimmed">
                    {t('frameworks.scale.lockedHint')}
                  </Text>
                ) : null}
                {form.values.scale.map((row, i) => (
                  <Group key={i} align="flex-end" wrap="nowrap" gap="xs">
                    <NumberInput
                      label={t('frameworks.fields.value')}
                      w={90}
                      min={0}
                      max={10}
                      allowDecimal={false}
                      disabled={framework.hasRatings}
                      {...form.getInputProps(`scale.${i}.value`)}
                    />
                    <TextInput label={t('frameworks.fields.label')} required style={{ flex: 1 }} {...form.getInputProps(`scale.${i}.label`)} />
                    <TextInput label={t('frameworks.fields.description')} style={{ flex: 2 }} {...form.getInputProps(`scale.${i}.description`)} />
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      size="lg"
                      mb={2}
                      aria-label={t('frameworks.scale.remove', { value: row.value })}
                      disabled={framework.hasRatings || form.values.scale.length <= 2}
                      onClick={() => form.removeListItem('scale', i)}
                    >
                      <IconTrash size={18} aria-hidden />
                    </ActionIcon>
                  </Group>
                ))}
                {form.errors.scale ? (
                  <Text size="sm" c="red" role="alert">
                    {form.errors.scale}
                  </Text>
                ) : null}
                <Group>
                  <Button
                    variant="light"
                    size="xs"
                    leftSection={<IconPlus size={16} aria-hidden />}
                    disabled={framework.hasRatings || nextValue > 10}
                    onClick={() => form.insertListItem('scale', { value: nextValue, label: '', description: '' })}
                  >
                    {t('frameworks.scale.add')}
                  </Button>
                </Group>
              </Stack>
            </Fieldset>
          ) : (
            <Text size="sm" c="dimmed">
              {t('frameworks.createHint')}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={created.fetching || updated.fetching}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
