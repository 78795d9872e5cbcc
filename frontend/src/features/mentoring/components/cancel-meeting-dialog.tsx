import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { rules } from '@/lib/validation';
import { IntervisieCancelMeetingMutation } from '../api/intervisie';

/** Cancels a meeting with a reason; members' calendars show it cancelled. */
export function CancelMeetingDialog({ meetingId, onClose }: { meetingId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm({ mode: 'controlled', initialValues: { reason: '' }, validate: { reason: rules.required } });
  const [{ fetching }, cancel] = useMutation(IntervisieCancelMeetingMutation);
  const submit = async ({ reason }: { reason: string }) => {
    if (!meetingId) return;
    const result = await cancel({ input: { id: meetingId, reason: reason.trim() } });
    if (result.error) {
      showMutationError(result.error, form, ['reason']);
      return;
    }
    notifySuccess(t('mentoring.intervisie.meetingSaved'));
    form.reset();
    onClose();
  };
  return (
    <Modal opened={meetingId !== null} onClose={onClose} title={t('mentoring.intervisie.cancelTitle')}>
      <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
        <Stack gap="sm">
          <Textarea label={t('mentoring.intervisie.cancelReason')} required autosize minRows={2} {...form.getInputProps('reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('mentoring.intervisie.cancel')}
            </Button>
            <Button type="submit" color="red" loading={fetching}>
              {t('mentoring.intervisie.confirmCancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
