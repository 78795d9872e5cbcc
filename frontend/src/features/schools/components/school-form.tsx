import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { CombinedError } from '@urql/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { OrganisationSelect } from '@/components/organisation-select';
import { i18n } from '@/lib/i18n';
import { showMutationError } from '@/lib/mutation-errors';
import { rules } from '@/lib/validation';
import { BRIN_PATTERN, REGIONS } from './school-form-values';
import type { SchoolFormValues, SchoolInputFields } from './school-form-values';

const FIELDS = ['name', 'brin', 'plaats', 'region', 'organisationId'];

interface SchoolFormProps {
  initialValues: SchoolFormValues;
  /** Saves; returns the error when the server refused. */
  onSubmit: (fields: SchoolInputFields) => Promise<CombinedError | undefined>;
  submitting: boolean;
  submitLabel: string;
  extraActions?: ReactNode;
}

export function SchoolForm({ initialValues, onSubmit, submitting, submitLabel, extraActions }: SchoolFormProps) {
  const { t } = useTranslation();
  const form = useForm<SchoolFormValues>({
    mode: 'controlled',
    initialValues,
    validate: {
      name: rules.required,
      brin: (value) =>
        !value.trim()
          ? i18n.t('validation.required')
          : BRIN_PATTERN.test(value.trim().toUpperCase())
            ? null
            : i18n.t('validation.brinInvalid'),
      plaats: rules.required,
      region: (value) => (value ? null : i18n.t('validation.regionRequired')),
      organisationId: (value) => (value ? null : i18n.t('validation.organisationRequired')),
    },
  });

  const submit = async (values: SchoolFormValues) => {
    if (!values.region || !values.organisationId) return;
    const error = await onSubmit({
      name: values.name.trim(),
      brin: values.brin.trim().toUpperCase(),
      plaats: values.plaats.trim(),
      region: values.region,
      organisationId: values.organisationId,
    });
    if (error) showMutationError(error, form, FIELDS);
    else form.resetDirty();
  };

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack gap="md" maw={720}>
        <TextInput label={t('schools.name')} required {...form.getInputProps('name')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('schools.brin')}
            description={t('schools.brinHint')}
            required
            maxLength={4}
            styles={{ input: { textTransform: 'uppercase' } }}
            {...form.getInputProps('brin')}
          />
          <TextInput label={t('schools.plaats')} required {...form.getInputProps('plaats')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('schools.region')}
            description={t('schools.regionHint')}
            required
            data={REGIONS.map((region) => ({ value: region, label: t(`regions.${region}`) }))}
            {...form.getInputProps('region')}
          />
          <OrganisationSelect label={t('schools.organisation')} required {...form.getInputProps('organisationId')} />
        </SimpleGrid>
        <Group justify="space-between">
          <Button type="submit" loading={submitting}>
            {submitLabel}
          </Button>
          {extraActions}
        </Group>
      </Stack>
    </form>
  );
}
