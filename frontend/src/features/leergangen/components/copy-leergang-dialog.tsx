import { Button, Checkbox, Group, Modal, NumberInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import type { LeergangDetailFieldsFragment } from '@/gql/graphql';
import { i18n as i18nInstance } from '@/lib/i18n';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { CopyLeergangMutation } from '../api/copy-leergang';
import { shiftDays } from '../utils/copy-shift';
import type { ShiftValues } from '../utils/copy-shift';
import { ClientOrganisationSelect } from './client-organisation-select';
import { DateField } from './date-field';

interface CopyFormValues extends ShiftValues {
  name: string;
  clientOrganisationId: string | null;
  copyMembers: boolean;
}

interface CopyLeergangDialogProps {
  leergang: LeergangDetailFieldsFragment;
  opened: boolean;
  onClose: () => void;
}

/** Runs a leergang again: a new name and client, all dates shifted, members copied or not. */
export function CopyLeergangDialog({ leergang, opened, onClose }: CopyLeergangDialogProps) {
  const { t, i18n } = useTranslation();
  const dutch = i18n.language.startsWith('nl');
  const navigate = useNavigate();
  const [{ fetching }, copy] = useMutation(CopyLeergangMutation);
  const firstStart = [...leergang.leerjaren].sort((a, b) => a.number - b.number)[0]?.startsOn ?? null;
  const form = useForm<CopyFormValues>({
    mode: 'controlled',
    initialValues: {
      name: t('leergangen.copy.defaultName', { name: leergang.name }),
      clientOrganisationId: leergang.clientOrganisation.id,
      mode: 'weeks',
      weeks: 52,
      startsOn: null,
      copyMembers: false,
    },
    validate: {
      name: (value) => (value.trim() ? null : i18nInstance.t('validation.required')),
      clientOrganisationId: (value) => (value ? null : i18nInstance.t('leergangen.validation.clientRequired')),
      weeks: (_value, values) =>
        values.mode === 'weeks' && shiftDays(values, firstStart) === null ? i18nInstance.t('leergangen.validation.weeksInvalid') : null,
      startsOn: (_value, values) =>
        values.mode === 'date' && shiftDays(values, firstStart) === null ? i18nInstance.t('leergangen.validation.dateRequired') : null,
    },
  });
  const days = shiftDays(form.values, firstStart);

  const submit = async (values: CopyFormValues) => {
    const shift = shiftDays(values, firstStart);
    if (shift === null || !values.clientOrganisationId) return;
    const result = await copy({
      input: {
        id: leergang.id,
        name: values.name.trim(),
        clientOrganisationId: values.clientOrganisationId,
        shiftDays: shift,
        copyMembers: values.copyMembers,
      },
    });
    if (result.error) {
      showMutationError(result.error, form, ['name', 'clientOrganisationId', 'weeks', 'startsOn'], { shiftDays: values.mode === 'weeks' ? 'weeks' : 'startsOn' });
      return;
    }
    notifySuccess(t('leergangen.copy.done'));
    onClose();
    if (result.data) await navigate(`/leergangen/${encodeURIComponent(result.data.copyLeergang.leergang.id)}`);
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('leergangen.copy.title')} centered size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <DatesProvider settings={{ locale: dutch ? 'nl' : 'en', firstDayOfWeek: 1 }}>
        <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
          <Stack gap="md">
            <Text size="sm">{t('leergangen.copy.intro')}</Text>
            <TextInput label={t('leergangen.copy.name')} required data-autofocus {...form.getInputProps('name')} />
            <ClientOrganisationSelect label={t('leergangen.fields.client')} required {...form.getInputProps('clientOrganisationId')} />
            <Stack gap={6}>
              <Text size="sm" fw={500} id="copy-shift-label">
                {t('leergangen.copy.shift')}
              </Text>
              <SegmentedControl
                aria-labelledby="copy-shift-label"
                data={[
                  { value: 'weeks', label: t('leergangen.copy.byWeeks') },
                  { value: 'date', label: t('leergangen.copy.byDate'), disabled: !firstStart },
                ]}
                {...form.getInputProps('mode')}
              />
              {form.values.mode === 'weeks' ? (
                <NumberInput
                  label={t('leergangen.copy.weeks')}
                  description={t('leergangen.copy.weeksHint')}
                  allowDecimal={false}
                  min={-520}
                  max={520}
                  {...form.getInputProps('weeks')}
                />
              ) : (
                <DateField
                  label={t('leergangen.copy.startsOn')}
                  description={firstStart ? t('leergangen.copy.startsOnHint', { date: firstStart.split('-').reverse().join('-') }) : undefined}
                  {...form.getInputProps('startsOn')}
                />
              )}
              {!firstStart ? (
                <Text size="xs" c="dimmed">
                  {t('leergangen.copy.noStartDate')}
                </Text>
              ) : null}
              {days !== null ? (
                <Text size="sm" c="dimmed" aria-live="polite">
                  {t('leergangen.copy.shiftSummary', { count: days })}
                </Text>
              ) : null}
            </Stack>
            <Checkbox
              label={t('leergangen.copy.copyMembers')}
              description={t('leergangen.copy.copyMembersHint')}
              {...form.getInputProps('copyMembers', { type: 'checkbox' })}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={fetching}>
                {t('leergangen.copy.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </DatesProvider>
    </Modal>
  );
}
