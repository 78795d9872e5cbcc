import '@mantine/dates/styles.css';
import 'dayjs/locale/nl';
import { Button, Fieldset, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { DateInput, DatesProvider } from '@mantine/dates';
import { useForm } from '@mantine/form';
import type { CombinedError } from '@urql/core';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { OrganisationSelect } from '@/components/organisation-select';
import { SchoolMultiSelect } from '@/components/school-select';
import type { SchoolOption } from '@/components/school-select';
import type { PersonFields } from '@/gql/graphql';
import { showMutationError } from '@/lib/mutation-errors';
import { BOUW_OPTIONS, FUNCTIONS, PERSON_FIELDS, ROLES, toPersonFields, validatePerson } from './person-form-values';
import type { PersonFormValues } from './person-form-values';

dayjs.extend(customParseFormat);

interface PersonFormProps {
  initialValues: PersonFormValues;
  /** Names of the schools already linked, shown before any search. */
  initialSchools?: SchoolOption[];
  /** Saves; returns the error when the server refused. */
  onSubmit: (fields: PersonFields) => Promise<CombinedError | undefined>;
  submitting: boolean;
  submitLabel: string;
  extraActions?: ReactNode;
}

/** Invite or edit a person; the deelnemer fields appear when DEELNEMER is among the roles. */
export function PersonForm({ initialValues, initialSchools, onSubmit, submitting, submitLabel, extraActions }: PersonFormProps) {
  const { t, i18n } = useTranslation();
  const dutch = i18n.language.startsWith('nl');
  const form = useForm<PersonFormValues>({
    mode: 'controlled',
    initialValues,
    validate: validatePerson,
  });
  const isDeelnemer = form.values.roles.includes('DEELNEMER');

  const submit = async (values: PersonFormValues) => {
    const error = await onSubmit(toPersonFields(values));
    if (error) showMutationError(error, form, PERSON_FIELDS);
    else form.resetDirty();
  };

  return (
    <DatesProvider settings={{ locale: dutch ? 'nl' : 'en', firstDayOfWeek: 1 }}>
      <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
        <Stack gap="md" maw={760}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('people.name')} required autoComplete="off" {...form.getInputProps('name')} />
            <TextInput label={t('people.email')} type="email" required autoComplete="off" {...form.getInputProps('email')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('people.phone')} type="tel" autoComplete="off" {...form.getInputProps('phone')} />
            <MultiSelect
              label={t('people.roles')}
              required
              searchable
              data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
              {...form.getInputProps('roles')}
            />
          </SimpleGrid>
          <SchoolMultiSelect
            label={t('people.schools')}
            placeholder={t('people.schoolsSearch')}
            initialOptions={initialSchools}
            {...form.getInputProps('schoolIds')}
            value={form.values.schoolIds}
            onChange={(value) => form.setFieldValue('schoolIds', value)}
          />
          <OrganisationSelect
            label={t('people.organisation')}
            description={t('people.organisationHint')}
            clearable
            {...form.getInputProps('organisationId')}
          />
          {isDeelnemer ? (
            <Fieldset legend={t('people.deelnemerSection')}>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Select
                  label={t('people.function')}
                  clearable
                  data={FUNCTIONS.map((f) => ({ value: f, label: t(`functions.${f}`) }))}
                  {...form.getInputProps('function')}
                />
                <NumberInput
                  label={t('people.werktijdfactor')}
                  description={t('people.werktijdfactorHint')}
                  min={0}
                  max={1}
                  step={0.1}
                  decimalScale={2}
                  decimalSeparator={dutch ? ',' : '.'}
                  allowNegative={false}
                  clampBehavior="none"
                  {...form.getInputProps('werktijdfactor')}
                />
                <Select
                  label={t('people.bouw')}
                  clearable
                  data={BOUW_OPTIONS.map((b) => ({ value: b, label: t(`bouw.${b}`) }))}
                  {...form.getInputProps('bouw')}
                />
                <DateInput
                  label={t('people.ibStartDate')}
                  description={t('people.ibStartDateHint')}
                  valueFormat="DD-MM-YYYY"
                  placeholder={dutch ? 'dd-mm-jjjj' : 'dd-mm-yyyy'}
                  clearable
                  {...form.getInputProps('ibStartDate')}
                />
              </SimpleGrid>
            </Fieldset>
          ) : null}
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
