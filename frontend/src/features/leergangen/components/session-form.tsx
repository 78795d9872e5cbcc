import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
  Tooltip,
} from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { CombinedError } from '@urql/core';
import { useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dagdeel, LeergangDetailFieldsFragment, SessionFields, SessionKind } from '@/gql/graphql';
import { codeOf, graphQLErrors, messageOf } from '@/lib/errors';
import { currentLanguage, translateReason } from '@/lib/i18n';
import { showMutationError } from '@/lib/mutation-errors';
import { addDays, isDateString } from '../utils/amsterdam-time';
import { formatShortDate } from '../utils/format';
import { leerjaarForDate } from '../utils/periods';
import { DAGDELEN, SESSION_KINDS, defaultTimes, sessionMoments } from '../utils/session-times';
import { DateField } from './date-field';
import { PersonMultiSelect } from './person-multi-select';
import type { PersonOption } from './person-multi-select';
import { SessionCheckAlerts } from './session-check-alerts';
import { TimeField } from './time-field';
import { SESSION_FIELDS, SESSION_FIELD_MAP, emptyMaterial, toSessionFields, validateSession } from './session-form-values';
import type { SessionFormValues } from './session-form-values';
import { useSessionCheck } from './use-session-check';

interface SessionFormProps {
  leergang: LeergangDetailFieldsFragment;
  /** The session being changed; absent for a new one. */
  sessionId?: string;
  initialValues: SessionFormValues;
  /** Names of the opleiders already chosen. */
  knownPeople?: readonly PersonOption[];
  /** Saves; returns the error when the server refused. */
  onSubmit: (fields: SessionFields) => Promise<CombinedError | undefined>;
  submitting: boolean;
  submitLabel: string;
  extraActions?: ReactNode;
}

/** Plan or change one session; conflicts and school holidays show before saving. */
export function SessionForm({ leergang, sessionId, initialValues, knownPeople = [], onSubmit, submitting, submitLabel, extraActions }: SessionFormProps) {
  const { t, i18n } = useTranslation();
  const dutch = i18n.language.startsWith('nl');
  const form = useForm<SessionFormValues>({ mode: 'controlled', initialValues, validate: validateSession });
  const [saveConflict, setSaveConflict] = useState<{ key: string; message: string } | null>(null);
  // A new session follows its date into the right leerjaar until someone picks one.
  const [leerjaarChosen, setLeerjaarChosen] = useState(Boolean(sessionId));
  const values = form.values;
  const praktijk = values.kind === 'PRAKTIJKBEGELEIDING';
  const tweedaagse = values.kind === 'TWEEDAAGSE';

  const moments = sessionMoments(values);
  const target = {
    leergangId: leergang.id,
    sessionId: sessionId ?? null,
    moments,
    location: values.location,
    groupIds: praktijk ? [] : values.groupIds,
    opleiderIds: values.opleiderIds,
    praktijkPersonId: praktijk ? values.praktijkPersonId : null,
  };
  const { check, checking, error: checkError, ready } = useSessionCheck(target);
  const targetKey = JSON.stringify(target);
  const conflicts = ready ? (check?.conflicts ?? []) : [];
  const holidays = ready ? (check?.holidays ?? []) : [];
  const shownSaveConflict = saveConflict?.key === targetKey ? saveConflict.message : null;
  const blocked = conflicts.length > 0;

  const members = useMemo(() => {
    const seen = new Map<string, string>();
    for (const g of leergang.groups) for (const m of g.members) seen.set(m.id, m.name);
    return [...seen.entries()].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
  }, [leergang.groups]);
  const leerjaren = [...leergang.leerjaren].sort((a, b) => a.number - b.number);

  const fillTimes = (kind: SessionKind, dagdeel: Dagdeel | null) => {
    const times = defaultTimes(kind, dagdeel);
    if (times) {
      form.setFieldValue('startTime', times[0]);
      form.setFieldValue('endTime', times[1]);
    }
  };

  const onKindChange = (value: string | null) => {
    if (!value) return;
    const kind = value as SessionKind;
    const dagdeel = kind === 'DAGDEEL' ? (values.dagdeel ?? 'OCHTEND') : values.dagdeel;
    form.setFieldValue('kind', kind);
    form.setFieldValue('dagdeel', dagdeel);
    if (kind === 'TWEEDAAGSE' && values.kind !== 'TWEEDAAGSE') form.setFieldValue('overnight', true);
    fillTimes(kind, kind === 'DAGDEEL' ? dagdeel : null);
  };

  const onDateChange = (date: string | null) => {
    form.setFieldValue('date', date);
    const leerjaar = leerjaarChosen ? undefined : leerjaarForDate(leergang.leerjaren, date);
    if (leerjaar) form.setFieldValue('leerjaarId', leerjaar.id);
  };

  const onDagdeelChange = (value: string | null) => {
    const dagdeel = value as Dagdeel | null;
    form.setFieldValue('dagdeel', dagdeel);
    if (dagdeel) fillTimes('DAGDEEL', dagdeel);
  };

  const submit = async (submitted: SessionFormValues) => {
    const error = await onSubmit(toSessionFields(submitted));
    if (!error) {
      form.resetDirty();
      return;
    }
    showMutationError(error, form, SESSION_FIELDS, SESSION_FIELD_MAP);
    const conflict = graphQLErrors(error).find((e) => codeOf(e) === 'CONFLICT');
    if (conflict) setSaveConflict({ key: targetKey, message: messageOf(conflict, { language: currentLanguage(), translateReason }) });
  };

  const secondDay = tweedaagse && isDateString(values.date) ? formatShortDate(addDays(values.date, 1), i18n.language) : null;

  return (
    <DatesProvider settings={{ locale: dutch ? 'nl' : 'en', firstDayOfWeek: 1 }}>
      <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate>
        <Stack gap="lg" maw={880}>
          <Fieldset legend={t('leergangen.sessionForm.what')}>
            <Stack gap="md">
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <Select
                  label={t('leergangen.fields.leerjaar')}
                  required
                  allowDeselect={false}
                  data={leerjaren.map((lj) => ({ value: lj.id, label: t('leergangen.leerjaarN', { number: lj.number }) }))}
                  {...form.getInputProps('leerjaarId')}
                  onChange={(value: string | null) => {
                    setLeerjaarChosen(true);
                    form.setFieldValue('leerjaarId', value);
                  }}
                />
                <Select
                  label={t('leergangen.sessionForm.kind')}
                  required
                  allowDeselect={false}
                  data={SESSION_KINDS.map((k) => ({ value: k, label: t(`leergangen.kinds.${k}`) }))}
                  {...form.getInputProps('kind')}
                  onChange={onKindChange}
                />
                {values.kind === 'DAGDEEL' ? (
                  <Select
                    label={t('leergangen.sessionForm.dagdeel')}
                    required
                    allowDeselect={false}
                    data={DAGDELEN.map((d) => ({ value: d, label: t(`leergangen.dagdelen.${d}`) }))}
                    {...form.getInputProps('dagdeel')}
                    onChange={onDagdeelChange}
                  />
                ) : null}
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput label={t('leergangen.sessionForm.title')} required autoComplete="off" {...form.getInputProps('title')} />
                <TextInput label={t('leergangen.sessionForm.theme')} autoComplete="off" {...form.getInputProps('theme')} />
              </SimpleGrid>
            </Stack>
          </Fieldset>

          <Fieldset legend={t('leergangen.sessionForm.when')}>
            <Stack gap="sm">
              <Group align="flex-start" gap="md" wrap="wrap">
                <DateField
                  label={tweedaagse ? t('leergangen.sessionForm.firstDay') : t('leergangen.sessionForm.date')}
                  required
                  w={190}
                  {...form.getInputProps('date')}
                  onChange={onDateChange}
                />
                <TimeField label={t('leergangen.sessionForm.startTime')} required w={130} {...form.getInputProps('startTime')} />
                <TimeField
                  label={tweedaagse ? t('leergangen.sessionForm.endTimeSecondDay') : t('leergangen.sessionForm.endTime')}
                  required
                  w={tweedaagse ? 170 : 130}
                  {...form.getInputProps('endTime')}
                />
              </Group>
              <Text size="sm" c="dimmed">
                {tweedaagse
                  ? secondDay
                    ? t('leergangen.sessionForm.tweedaagseUntil', { date: secondDay })
                    : t('leergangen.sessionForm.tweedaagseHint')
                  : t('leergangen.sessionForm.timezoneHint')}
              </Text>
              {tweedaagse ? (
                <Checkbox label={t('leergangen.sessionForm.overnight')} {...form.getInputProps('overnight', { type: 'checkbox' })} />
              ) : null}
            </Stack>
          </Fieldset>

          <Fieldset legend={t('leergangen.sessionForm.where')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('leergangen.sessionForm.location')}
                description={praktijk ? t('leergangen.sessionForm.locationPraktijkHint') : t('leergangen.sessionForm.locationHint')}
                autoComplete="off"
                {...form.getInputProps('location')}
              />
              <TextInput
                label={t('leergangen.sessionForm.onlineUrl')}
                description={t('leergangen.sessionForm.onlineUrlHint')}
                type="url"
                autoComplete="off"
                placeholder="https://"
                {...form.getInputProps('onlineUrl')}
              />
            </SimpleGrid>
          </Fieldset>

          <Fieldset legend={t('leergangen.sessionForm.who')}>
            <Stack gap="md">
              <PersonMultiSelect
                label={t('leergangen.fields.opleiders')}
                placeholder={t('leergangen.form.searchPeople')}
                required={values.kind !== 'INTERVISIE'}
                role="OPLEIDER"
                initialOptions={knownPeople.filter((p) => values.opleiderIds.includes(p.id))}
                value={values.opleiderIds}
                onChange={(value) => form.setFieldValue('opleiderIds', value)}
                error={form.errors.opleiderIds}
              />
              {praktijk ? (
                <Select
                  label={t('leergangen.sessionForm.praktijkPerson')}
                  description={t('leergangen.sessionForm.praktijkPersonHint')}
                  required
                  searchable
                  nothingFoundMessage="—"
                  data={members}
                  {...form.getInputProps('praktijkPersonId')}
                />
              ) : (
                <Checkbox.Group label={t('leergangen.fields.groups')} required {...form.getInputProps('groupIds')}>
                  <Group gap="lg" mt="xs">
                    {leergang.groups.map((g) => (
                      <Checkbox key={g.id} value={g.id} label={`${g.name} (${g.members.length})`} aria-label={g.name} />
                    ))}
                  </Group>
                </Checkbox.Group>
              )}
              <NumberInput
                label={t('leergangen.sessionForm.capacity')}
                description={t('leergangen.sessionForm.capacityHint')}
                min={1}
                max={1000}
                allowDecimal={false}
                allowNegative={false}
                clampBehavior="none"
                w={220}
                {...form.getInputProps('capacity')}
              />
            </Stack>
          </Fieldset>

          <SessionCheckAlerts
            conflicts={conflicts}
            holidays={holidays}
            checking={checking}
            checked={ready && check !== undefined}
            error={checkError}
            saveConflict={shownSaveConflict}
          />

          <Fieldset legend={t('leergangen.sessionForm.content')}>
            <Stack gap="md">
              <Textarea label={t('leergangen.sessionForm.description')} autosize minRows={3} maxRows={12} {...form.getInputProps('description')} />
              <Stack gap="xs">
                <Text size="sm" fw={500}>
                  {t('leergangen.sessionForm.materials')}
                </Text>
                {values.materials.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('leergangen.sessionForm.noMaterials')}
                  </Text>
                ) : null}
                {values.materials.map((m, index) => {
                  const number = index + 1;
                  return (
                    <Group key={m.key} align="flex-start" gap="sm" wrap="nowrap">
                      <TextInput
                        label={t('leergangen.sessionForm.materialLabel', { number })}
                        style={{ flex: 1 }}
                        autoComplete="off"
                        {...form.getInputProps(`materials.${index}.label`)}
                      />
                      <TextInput
                        label={t('leergangen.sessionForm.materialUrl', { number })}
                        type="url"
                        placeholder="https://"
                        style={{ flex: 2 }}
                        autoComplete="off"
                        {...form.getInputProps(`materials.${index}.url`)}
                      />
                      <Tooltip label={t('leergangen.sessionForm.removeMaterial', { number })}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          size="lg"
                          mt={26}
                          aria-label={t('leergangen.sessionForm.removeMaterial', { number })}
                          onClick={() => form.removeListItem('materials', index)}
                        >
                          <IconTrash size={18} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  );
                })}
                {form.errors.materials ? (
                  <Text c="red" size="sm">
                    {form.errors.materials}
                  </Text>
                ) : null}
                <Group>
                  <Button variant="light" size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => form.insertListItem('materials', emptyMaterial())}>
                    {t('leergangen.sessionForm.addMaterial')}
                  </Button>
                </Group>
              </Stack>
            </Stack>
          </Fieldset>

          <Switch
            label={t('leergangen.sessionForm.published')}
            description={t('leergangen.sessionForm.publishedHint')}
            {...form.getInputProps('published', { type: 'checkbox' })}
          />


          <Group justify="space-between">
            <Group gap="sm">
              <Button type="submit" loading={submitting} disabled={blocked}>
                {submitLabel}
              </Button>
              {blocked ? (
                <Text size="sm" c="red.8">
                  {t('leergangen.check.saveBlocked')}
                </Text>
              ) : null}
            </Group>
            {extraActions}
          </Group>
        </Stack>
      </form>
    </DatesProvider>
  );
}
