import { ActionIcon, Button, Fieldset, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Tooltip } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { CombinedError } from '@urql/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeergangFields } from '@/gql/graphql';
import { showMutationError } from '@/lib/mutation-errors';
import { ClientOrganisationSelect } from './client-organisation-select';
import { DateField } from './date-field';
import { LEERGANG_FIELDS, LEERGANG_STATUSES, emptyGroup, emptyLeerjaar, toLeergangFields, validateLeergang } from './leergang-form-values';
import type { LeergangFormValues } from './leergang-form-values';
import { PersonMultiSelect } from './person-multi-select';
import type { PersonOption } from './person-multi-select';

interface LeergangFormProps {
  initialValues: LeergangFormValues;
  /** Names of the people already chosen, shown before any search. */
  knownPeople?: readonly PersonOption[];
  /** Saves; returns the error when the server refused. */
  onSubmit: (fields: LeergangFields) => Promise<CombinedError | undefined>;
  submitting: boolean;
  submitLabel: string;
  extraActions?: ReactNode;
}

function FieldError({ error }: { error: ReactNode }) {
  if (!error) return null;
  return (
    <Text c="red" size="sm" role="alert">
      {error}
    </Text>
  );
}

/** Create or change a leergang with its leerjaren, groups, opleiders and stuurgroep. */
export function LeergangForm({ initialValues, knownPeople = [], onSubmit, submitting, submitLabel, extraActions }: LeergangFormProps) {
  const { t, i18n } = useTranslation();
  const dutch = i18n.language.startsWith('nl');
  const form = useForm<LeergangFormValues>({
    mode: 'controlled',
    initialValues,
    validate: validateLeergang,
  });
  const clientId = form.values.clientOrganisationId;

  const submit = async (values: LeergangFormValues) => {
    const error = await onSubmit(toLeergangFields(values));
    if (error) showMutationError(error, form, LEERGANG_FIELDS);
    else form.resetDirty();
  };

  const peopleIn = (ids: readonly string[]) => knownPeople.filter((p) => ids.includes(p.id));
  const leerjaarCount = form.values.leerjaren.length;

  return (
    <DatesProvider settings={{ locale: dutch ? 'nl' : 'en', firstDayOfWeek: 1 }}>
      <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
        <Stack gap="lg" maw={880}>
          <Fieldset legend={t('leergangen.form.general')}>
            <Stack gap="md">
              <TextInput label={t('leergangen.fields.name')} required autoComplete="off" {...form.getInputProps('name')} />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <ClientOrganisationSelect
                  label={t('leergangen.fields.client')}
                  description={t('leergangen.form.clientHint')}
                  required
                  {...form.getInputProps('clientOrganisationId')}
                />
                <Select
                  label={t('leergangen.fields.status')}
                  required
                  allowDeselect={false}
                  data={LEERGANG_STATUSES.map((s) => ({ value: s, label: t(`leergangen.status.${s}`) }))}
                  {...form.getInputProps('status')}
                />
              </SimpleGrid>
              <Textarea label={t('leergangen.fields.description')} autosize minRows={3} maxRows={10} {...form.getInputProps('description')} />
            </Stack>
          </Fieldset>

          <Fieldset legend={t('leergangen.fields.leerjaren')}>
            <Stack gap="md">
              {form.values.leerjaren.map((_, index) => {
                const number = index + 1;
                const last = index === leerjaarCount - 1;
                return (
                  <Fieldset key={number} legend={t('leergangen.leerjaarN', { number })} variant="filled">
                    <Group align="flex-start" gap="md" wrap="wrap">
                      <NumberInput
                        label={t('leergangen.fields.hoursNorm')}
                        rightSection={
                          <Text size="sm" c="dimmed" aria-hidden>
                            {t('leergangen.form.hoursUnit')}
                          </Text>
                        }
                        rightSectionWidth={44}
                        min={0}
                        max={1000}
                        step={1}
                        decimalScale={1}
                        decimalSeparator={dutch ? ',' : '.'}
                        allowNegative={false}
                        clampBehavior="none"
                        w={150}
                        {...form.getInputProps(`leerjaren.${index}.hoursNorm`)}
                      />
                      <DateField
                        label={t('leergangen.fields.startsOn')}
                        clearable
                        w={180}
                        {...form.getInputProps(`leerjaren.${index}.startsOn`)}
                      />
                      <DateField
                        label={t('leergangen.fields.endsOn')}
                        clearable
                        w={180}
                        {...form.getInputProps(`leerjaren.${index}.endsOn`)}
                      />
                      {last && leerjaarCount > 1 ? (
                        <Tooltip label={t('leergangen.form.removeLeerjaar', { number })}>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            size="lg"
                            mt={25}
                            aria-label={t('leergangen.form.removeLeerjaar', { number })}
                            onClick={() => form.removeListItem('leerjaren', index)}
                          >
                            <IconTrash size={18} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                      ) : null}
                    </Group>
                  </Fieldset>
                );
              })}
              <FieldError error={form.errors.leerjaren} />
              <Group>
                <Button
                  variant="light"
                  leftSection={<IconPlus size={16} aria-hidden />}
                  onClick={() => form.insertListItem('leerjaren', emptyLeerjaar())}
                >
                  {t('leergangen.form.addLeerjaar')}
                </Button>
              </Group>
              <Text size="sm" c="dimmed">
                {t('leergangen.form.leerjarenHint')}
              </Text>
            </Stack>
          </Fieldset>

          <Fieldset legend={t('leergangen.fields.groups')}>
            <Stack gap="md">
              {form.values.groups.map((group, index) => {
                const number = index + 1;
                return (
                  <Fieldset key={group.key} legend={t('leergangen.form.groupN', { number })} variant="filled">
                    <Stack gap="sm">
                      <Group align="flex-end" gap="md" wrap="nowrap">
                        <TextInput
                          label={t('leergangen.fields.groupName')}
                          required
                          autoComplete="off"
                          style={{ flex: 1 }}
                          {...form.getInputProps(`groups.${index}.name`)}
                        />
                        {form.values.groups.length > 1 ? (
                          <Tooltip label={t('leergangen.form.removeGroup', { name: group.name || number })}>
                            <ActionIcon
                              variant="subtle"
                              color="red"
                              size="lg"
                              mb={2}
                              aria-label={t('leergangen.form.removeGroup', { name: group.name || number })}
                              onClick={() => form.removeListItem('groups', index)}
                            >
                              <IconTrash size={18} aria-hidden />
                            </ActionIcon>
                          </Tooltip>
                        ) : null}
                      </Group>
                      <PersonMultiSelect
                        label={t('leergangen.fields.members')}
                        description={clientId ? t('leergangen.form.membersHint') : t('leergangen.form.pickClientFirst')}
                        placeholder={t('leergangen.form.searchPeople')}
                        role="DEELNEMER"
                        organisationId={clientId}
                        disabled={!clientId}
                        initialOptions={peopleIn(group.memberIds)}
                        value={group.memberIds}
                        onChange={(value) => form.setFieldValue(`groups.${index}.memberIds`, value)}
                        error={form.errors[`groups.${index}.memberIds`]}
                      />
                    </Stack>
                  </Fieldset>
                );
              })}
              <FieldError error={form.errors.groups} />
              <Group>
                <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => form.insertListItem('groups', emptyGroup())}>
                  {t('leergangen.form.addGroup')}
                </Button>
              </Group>
            </Stack>
          </Fieldset>

          <Fieldset legend={t('leergangen.form.people')}>
            <Stack gap="md">
              <PersonMultiSelect
                label={t('leergangen.fields.opleiders')}
                placeholder={t('leergangen.form.searchPeople')}
                required
                role="OPLEIDER"
                initialOptions={peopleIn(form.values.opleiderIds)}
                value={form.values.opleiderIds}
                onChange={(value) => form.setFieldValue('opleiderIds', value)}
                error={form.errors.opleiderIds}
              />
              <PersonMultiSelect
                label={t('leergangen.fields.stuurgroep')}
                description={clientId ? t('leergangen.form.stuurgroepHint') : t('leergangen.form.pickClientFirst')}
                placeholder={t('leergangen.form.searchPeople')}
                organisationId={clientId}
                disabled={!clientId}
                initialOptions={peopleIn(form.values.stuurgroepIds)}
                value={form.values.stuurgroepIds}
                onChange={(value) => form.setFieldValue('stuurgroepIds', value)}
                error={form.errors.stuurgroepIds}
              />
            </Stack>
          </Fieldset>

          <Group justify="space-between">
            <Button type="submit" loading={submitting}>
              {submitLabel}
            </Button>
            {extraActions}
          </Group>
        </Stack>
      </form>
    </DatesProvider>
  );
}
