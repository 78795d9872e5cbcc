import '@mantine/dates/styles.css';
import 'dayjs/locale/nl';
import { Autocomplete, Button, Group, Modal, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { DateInput, DatesProvider, TimeInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { wallClock, zonedToInstant } from '@/features/agenda/components/amsterdam-time';
import type { IntervisieMeetingFieldsFragment } from '@/gql/graphql';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { useDropdownEscape } from '@/lib/use-dropdown-escape';
import { rules } from '@/lib/validation';
import { IntervisiePlanMeetingMutation, IntervisieUpdateMeetingMutation } from '../api/intervisie';

/** Suggested methods; any other text is allowed. */
const INTERVISIE_METHODS = [
  'incidentmethode',
  'roddelmethode',
  'socratisch gesprek',
  'balintmethode',
  'roos van Leary',
  'vijf-stappenmodel',
  'kwaliteitenspel',
];

const FIELDS = ['date', 'startTime', 'endTime', 'location', 'onlineUrl', 'method', 'summary'];
const FIELD_MAP = { startsAt: 'startTime', endsAt: 'endTime' };

interface Values {
  date: string | null;
  startTime: string;
  endTime: string;
  location: string;
  onlineUrl: string;
  method: string;
  summary: string;
}

function pad(n: number | undefined): string {
  return String(n ?? 0).padStart(2, '0');
}

function initial(meeting?: IntervisieMeetingFieldsFragment): Values {
  if (!meeting) {
    return { date: dayjs().add(7, 'day').format('YYYY-MM-DD'), startTime: '15:30', endTime: '17:30', location: '', onlineUrl: '', method: '', summary: '' };
  }
  const s = wallClock(new Date(meeting.startsAt).getTime());
  const e = wallClock(new Date(meeting.endsAt).getTime());
  return {
    date: `${s[0]}-${pad((s[1] ?? 0) + 1)}-${pad(s[2])}`,
    startTime: `${pad(s[3])}:${pad(s[4])}`,
    endTime: `${pad(e[3])}:${pad(e[4])}`,
    location: meeting.location,
    onlineUrl: meeting.onlineUrl,
    method: meeting.method,
    summary: meeting.summary,
  };
}

/** The instant of a date and "HH:mm" in Amsterdam time, as ISO. */
function instant(date: string, time: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const [h, min] = time.split(':').map(Number);
  return zonedToInstant([y ?? 1970, (m ?? 1) - 1, d ?? 1, h ?? 0, min ?? 0, 0, 0]).toISOString();
}

/** Plans a meeting of a group, or edits one (also to add the method and summary afterwards). */
export function MeetingForm({
  opened,
  onClose,
  groupId,
  meeting,
}: {
  opened: boolean;
  onClose: () => void;
  groupId: string;
  meeting?: IntervisieMeetingFieldsFragment;
}) {
  const { t, i18n } = useTranslation();
  const dutch = i18n.language.startsWith('nl');
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: initial(meeting),
    validate: { date: rules.required, startTime: rules.required, endTime: rules.required },
  });
  const [planned, plan] = useMutation(IntervisiePlanMeetingMutation);
  const [updated, update] = useMutation(IntervisieUpdateMeetingMutation);
  // Escape in the open calendar closes the calendar, not the dialog with the edits.
  const dateEscape = useDropdownEscape();

  const submit = async (values: Values) => {
    const date = values.date ?? '';
    const fields = {
      startsAt: instant(date, values.startTime),
      endsAt: instant(date, values.endTime),
      location: values.location.trim(),
      onlineUrl: values.onlineUrl.trim(),
      method: values.method.trim(),
      summary: values.summary.trim(),
    };
    const context = { additionalTypenames: ['IntervisieGroup', 'IntervisieMeeting'] };
    const result = meeting
      ? await update({ input: { id: meeting.id, meeting: fields } }, context)
      : await plan({ input: { groupId, meeting: fields } }, context);
    if (result.error) {
      showMutationError(result.error, form, FIELDS, FIELD_MAP);
      return;
    }
    notifySuccess(t('mentoring.intervisie.meetingSaved'));
    if (!meeting) form.setValues(initial());
    onClose();
  };

  return (
    <Modal opened={opened} onClose={onClose} title={meeting ? t('mentoring.intervisie.editMeeting') : t('mentoring.intervisie.planTitle')} size="lg">
      <DatesProvider settings={{ locale: dutch ? 'nl' : 'en', firstDayOfWeek: 1 }}>
        <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <DateInput
                label={t('mentoring.intervisie.date')}
                required
                valueFormat="DD-MM-YYYY"
                placeholder={dutch ? 'dd-mm-jjjj' : 'dd-mm-yyyy'}
                {...form.getInputProps('date')}
                {...dateEscape}
              />
              <TimeInput label={t('mentoring.intervisie.startTime')} required {...form.getInputProps('startTime')} />
              <TimeInput label={t('mentoring.intervisie.endTime')} required {...form.getInputProps('endTime')} />
            </SimpleGrid>
            <TextInput label={t('mentoring.intervisie.location')} {...form.getInputProps('location')} />
            <TextInput label={t('mentoring.intervisie.onlineUrl')} type="url" placeholder="https://" {...form.getInputProps('onlineUrl')} />
            <Autocomplete
              label={t('mentoring.intervisie.method')}
              description={t('mentoring.intervisie.methodHint')}
              data={INTERVISIE_METHODS}
              {...form.getInputProps('method')}
            />
            {meeting ? (
              <Textarea label={t('mentoring.intervisie.summary')} autosize minRows={3} maxRows={10} {...form.getInputProps('summary')} />
            ) : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('mentoring.intervisie.cancel')}
              </Button>
              <Button type="submit" loading={planned.fetching || updated.fetching}>
                {t('mentoring.intervisie.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </DatesProvider>
    </Modal>
  );
}
