import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { rules } from '@/lib/validation';
import { SessionReportAbsenceMutation } from '../api/report-absence';

interface AbsenceFormProps {
  sessionId: string;
  initialReason?: string;
  onDone: () => void;
  onCancel?: () => void;
}

/** A deelnemer reports in advance that they cannot come, with a reason. */
export function AbsenceForm({ sessionId, initialReason = '', onDone, onCancel }: AbsenceFormProps) {
  const { t } = useTranslation();
  const [{ fetching }, report] = useMutation(SessionReportAbsenceMutation);
  const form = useForm<{ reason: string }>({
    mode: 'controlled',
    initialValues: { reason: initialReason },
    validate: { reason: rules.required },
  });

  const submit = async ({ reason }: { reason: string }) => {
    const result = await report({ input: { sessionId, reason: reason.trim() } });
    if (result.error) {
      showMutationError(result.error, form, ['reason']);
      return;
    }
    notifySuccess(t('agenda.absence.done'));
    onDone();
  };

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack gap="sm" maw={640}>
        <Textarea label={t('agenda.absence.reason')} required autosize minRows={2} maxRows={6} {...form.getInputProps('reason')} />
        <Group gap="sm">
          <Button type="submit" color="orange" loading={fetching}>
            {t('agenda.absence.submit')}
          </Button>
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
