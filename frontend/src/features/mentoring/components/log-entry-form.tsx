import '@mantine/dates/styles.css';
import 'dayjs/locale/nl';
import { Button, Group, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { DateInput, DatesProvider } from '@mantine/dates';
import { useForm } from '@mantine/form';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { MentoringLogEntryFragment } from '@/gql/graphql';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { rules } from '@/lib/validation';
import { MentoringAddLogEntryMutation, MentoringUpdateLogEntryMutation } from '../api/log-entry';

const FIELDS = ['metOn', 'topics', 'agreements', 'nextSteps', 'nextMeetingOn'];

interface Values {
  metOn: string | null;
  topics: string;
  agreements: string;
  nextSteps: string;
  nextMeetingOn: string | null;
}

/** Adds a meeting to the shared log, or edits one the viewer wrote. */
export function LogEntryForm({
  pairingId,
  entry,
  onDone,
}: {
  pairingId: string;
  entry?: MentoringLogEntryFragment;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const dutch = i18n.language.startsWith('nl');
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      metOn: entry?.metOn ?? dayjs().format('YYYY-MM-DD'),
      topics: entry?.topics ?? '',
      agreements: entry?.agreements ?? '',
      nextSteps: entry?.nextSteps ?? '',
      nextMeetingOn: entry?.nextMeetingOn ?? null,
    },
    validate: { metOn: rules.required, topics: rules.required },
  });
  const [added, add] = useMutation(MentoringAddLogEntryMutation);
  const [updated, update] = useMutation(MentoringUpdateLogEntryMutation);

  const submit = async (values: Values) => {
    const fields = {
      metOn: values.metOn ?? '',
      topics: values.topics.trim(),
      agreements: values.agreements.trim(),
      nextSteps: values.nextSteps.trim(),
      nextMeetingOn: values.nextMeetingOn || null,
    };
    const context = { additionalTypenames: ['MentorPairing', 'MentorLogEntry'] };
    const result = entry
      ? await update({ input: { id: entry.id, entry: fields } }, context)
      : await add({ input: { pairingId, entry: fields } }, context);
    if (result.error) {
      showMutationError(result.error, form, FIELDS);
      return;
    }
    notifySuccess(t('mentoring.log.saved'));
    onDone();
  };

  const date = { valueFormat: 'DD-MM-YYYY', placeholder: dutch ? 'dd-mm-jjjj' : 'dd-mm-yyyy' };
  return (
    <DatesProvider settings={{ locale: dutch ? 'nl' : 'en', firstDayOfWeek: 1 }}>
      <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate aria-label={entry ? t('mentoring.log.edit') : t('mentoring.log.add')}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateInput label={t('mentoring.log.metOn')} required {...date} {...form.getInputProps('metOn')} />
            <DateInput label={t('mentoring.log.nextMeetingOn')} clearable {...date} {...form.getInputProps('nextMeetingOn')} />
          </SimpleGrid>
          <Textarea label={t('mentoring.log.topics')} required autosize minRows={2} maxRows={8} {...form.getInputProps('topics')} />
          <Textarea label={t('mentoring.log.agreements')} autosize minRows={2} maxRows={8} {...form.getInputProps('agreements')} />
          <Textarea label={t('mentoring.log.nextSteps')} autosize minRows={2} maxRows={8} {...form.getInputProps('nextSteps')} />
          <Group>
            <Button type="submit" loading={added.fetching || updated.fetching}>
              {t('mentoring.log.save')}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t('mentoring.log.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </DatesProvider>
  );
}
