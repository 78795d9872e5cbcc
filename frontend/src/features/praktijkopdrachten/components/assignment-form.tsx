import '@mantine/dates/styles.css';
import 'dayjs/locale/nl';
import {
  ActionIcon,
  Button,
  Card,
  Checkbox,
  Fieldset,
  Group,
  Input,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Tabs,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import type { CombinedError } from '@urql/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentFields } from '@/gql/graphql';
import { showMutationError } from '@/lib/mutation-errors';
import { i18n } from '@/lib/i18n';
import {
  ASSIGNMENT_FIELDS,
  PARTS,
  move,
  newCriterion,
  newLevel,
  toAssignmentFields,
  validateAssignment,
} from '../utils/assignment-form-values';
import type { AssignmentFormValues } from '../utils/assignment-form-values';
import { parseDutchDate } from '../utils/dates';
import type { PraktijkLeergang } from './assignment-lists';
import { Markdown } from './markdown';

interface AssignmentFormProps {
  initialValues: AssignmentFormValues;
  /** The leergangen the viewer may define assignments in. */
  leergangen: readonly PraktijkLeergang[];
  /** The leergang of an existing assignment cannot change. */
  lockLeergang?: boolean;
  onSubmit: (leergangId: string, fields: AssignmentFields) => Promise<CombinedError | undefined>;
  submitting: boolean;
  submitLabel: string;
  extraActions?: ReactNode;
}

function messages() {
  return {
    required: i18n.t('validation.required'),
    partsRequired: i18n.t('praktijk.form.partsRequired'),
    criterionRequired: i18n.t('praktijk.form.criterionRequired'),
    levelsRequired: i18n.t('praktijk.form.levelsRequired'),
  };
}

/** Define or change a praktijkopdracht: leerjaar, title, instructions, due date, parts, aspects and an optional rubric. */
export function AssignmentForm({ initialValues, leergangen, lockLeergang, onSubmit, submitting, submitLabel, extraActions }: AssignmentFormProps) {
  const { t } = useTranslation();
  const dutch = i18n.language.startsWith('nl');
  const form = useForm<AssignmentFormValues>({
    mode: 'controlled',
    initialValues,
    validate: (values) => validateAssignment(values, messages()),
  });
  const values = form.values;
  const leergang = leergangen.find((l) => l.id === values.leergangId) ?? null;

  const submit = async (v: AssignmentFormValues) => {
    if (!v.leergangId) return;
    const error = await onSubmit(v.leergangId, toAssignmentFields(v));
    if (error) showMutationError(error, form, ASSIGNMENT_FIELDS);
    else form.resetDirty();
  };

  const rubricError = form.errors.rubric;

  return (
    <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate>
      <Stack gap="lg" maw={960}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('praktijk.form.leergang')}
            required
            disabled={lockLeergang}
            data={leergangen.map((l) => ({ value: l.id, label: l.name }))}
            {...form.getInputProps('leergangId')}
            onChange={(value: string | null) => {
              form.setFieldValue('leergangId', value);
              form.setFieldValue('leerjaarId', null);
            }}
          />
          <Select
            label={t('praktijk.form.leerjaar')}
            required
            disabled={!leergang}
            data={(leergang?.leerjaren ?? []).map((j) => ({ value: j.id, label: t('praktijk.form.leerjaarOption', { number: j.number }) }))}
            {...form.getInputProps('leerjaarId')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('praktijk.form.title')} required {...form.getInputProps('title')} />
          <DateInput
            label={t('praktijk.form.dueOn')}
            required
            valueFormat="DD-MM-YYYY"
            dateParser={parseDutchDate}
            placeholder={dutch ? 'dd-mm-jjjj' : 'dd-mm-yyyy'}
            locale={dutch ? 'nl' : 'en'}
            firstDayOfWeek={1}
            {...form.getInputProps('dueOn')}
          />
        </SimpleGrid>

        <Input.Wrapper label={t('praktijk.form.instructions')} description={t('praktijk.form.instructionsHint')} error={form.errors.instructions}>
          <Tabs defaultValue="write" mt={6} keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="write">{t('praktijk.form.write')}</Tabs.Tab>
              <Tabs.Tab value="preview">{t('praktijk.form.preview')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="write" pt="xs">
              <Textarea
                aria-label={t('praktijk.form.instructions')}
                autosize
                minRows={6}
                maxRows={24}
                {...form.getInputProps('instructions')}
                error={undefined}
              />
            </Tabs.Panel>
            <Tabs.Panel value="preview" pt="xs">
              <Card withBorder padding="md" radius="md" mih={120}>
                {values.instructions.trim() ? (
                  <Markdown source={values.instructions} headingOffset={2} />
                ) : (
                  <Text c="dimmed">{t('praktijk.form.previewEmpty')}</Text>
                )}
              </Card>
            </Tabs.Panel>
          </Tabs>
        </Input.Wrapper>

        <Checkbox.Group label={t('praktijk.form.parts')} required {...form.getInputProps('parts')}>
          <Stack gap="xs" mt={6}>
            {PARTS.map((p) => (
              <Checkbox key={p} value={p} label={t(`praktijk.parts.${p}`)} description={t(`praktijk.partsHint.${p}`)} />
            ))}
          </Stack>
        </Checkbox.Group>

        <TagsInput
          label={t('praktijk.form.aspects')}
          description={t('praktijk.form.aspectsHint')}
          clearable
          splitChars={[',', ';']}
          {...form.getInputProps('aspects')}
        />

        <Fieldset legend={t('praktijk.form.rubric')}>
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {t('praktijk.form.rubricHint')}
            </Text>
            {typeof rubricError === 'string' ? (
              <Text size="sm" c="red" role="alert">
                {rubricError}
              </Text>
            ) : null}
            {values.rubric.map((criterion, ci) => {
              const number = ci + 1;
              const levelsError = form.errors[`rubric.${ci}.levels`];
              return (
                <Card key={criterion.key} withBorder padding="md" radius="md">
                  <Stack gap="sm">
                    <Group justify="space-between">
                      <Title order={3} size="h5">
                        {t('praktijk.form.criterion', { number })}
                      </Title>
                      <Group gap={4}>
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('praktijk.form.moveUp', { number })}
                          disabled={ci === 0}
                          onClick={() => form.setFieldValue('rubric', move(values.rubric, ci, -1))}
                        >
                          <IconArrowUp size={18} aria-hidden />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('praktijk.form.moveDown', { number })}
                          disabled={ci === values.rubric.length - 1}
                          onClick={() => form.setFieldValue('rubric', move(values.rubric, ci, 1))}
                        >
                          <IconArrowDown size={18} aria-hidden />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('praktijk.form.removeCriterion', { number })}
                          onClick={() => form.removeListItem('rubric', ci)}
                        >
                          <IconTrash size={18} aria-hidden />
                        </ActionIcon>
                      </Group>
                    </Group>
                    <SimpleGrid cols={{ base: 1, sm: 2 }}>
                      <TextInput label={t('praktijk.form.criterionTitle')} required {...form.getInputProps(`rubric.${ci}.title`)} />
                      <TextInput label={t('praktijk.form.criterionDescription')} {...form.getInputProps(`rubric.${ci}.description`)} />
                    </SimpleGrid>
                    <Input.Wrapper label={t('praktijk.form.levels')} error={levelsError} labelElement="div">
                      <Stack gap="xs" mt={6}>
                        {criterion.levels.map((level, li) => (
                          <Group key={level.key} gap="xs" align="flex-end" wrap="nowrap">
                            <TextInput
                              label={li === 0 ? t('praktijk.form.levelLabel') : undefined}
                              aria-label={`${t('praktijk.form.criterion', { number })}, ${t('praktijk.form.level', { number: li + 1 })}: ${t('praktijk.form.levelLabel')}`}
                              w={180}
                              {...form.getInputProps(`rubric.${ci}.levels.${li}.label`)}
                            />
                            <TextInput
                              label={li === 0 ? t('praktijk.form.levelDescription') : undefined}
                              aria-label={`${t('praktijk.form.criterion', { number })}, ${t('praktijk.form.level', { number: li + 1 })}: ${t('praktijk.form.levelDescription')}`}
                              style={{ flex: 1 }}
                              {...form.getInputProps(`rubric.${ci}.levels.${li}.description`)}
                            />
                            <NumberInput
                              label={li === 0 ? t('praktijk.form.levelPoints') : undefined}
                              aria-label={`${t('praktijk.form.criterion', { number })}, ${t('praktijk.form.level', { number: li + 1 })}: ${t('praktijk.form.levelPoints')}`}
                              w={90}
                              min={0}
                              max={1000}
                              allowDecimal={false}
                              {...form.getInputProps(`rubric.${ci}.levels.${li}.points`)}
                            />
                            <ActionIcon
                              variant="subtle"
                              color="red"
                              mb={4}
                              aria-label={t('praktijk.form.removeLevel', { number: li + 1 })}
                              disabled={criterion.levels.length <= 2}
                              onClick={() => form.removeListItem(`rubric.${ci}.levels`, li)}
                            >
                              <IconTrash size={16} aria-hidden />
                            </ActionIcon>
                          </Group>
                        ))}
                        <Group>
                          <Button
                            size="xs"
                            variant="subtle"
                            leftSection={<IconPlus size={14} aria-hidden />}
                            onClick={() => form.insertListItem(`rubric.${ci}.levels`, newLevel(criterion.levels.length + 1))}
                          >
                            {t('praktijk.form.addLevel')}
                          </Button>
                        </Group>
                      </Stack>
                    </Input.Wrapper>
                  </Stack>
                </Card>
              );
            })}
            {values.rubric.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('praktijk.form.noRubric')}
              </Text>
            ) : null}
            <Group>
              <Button
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => form.insertListItem('rubric', newCriterion(t('praktijk.form.defaultLevels').split('|')))}
              >
                {t('praktijk.form.addCriterion')}
              </Button>
            </Group>
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
  );
}
