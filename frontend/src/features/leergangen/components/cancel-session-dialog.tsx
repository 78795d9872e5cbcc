import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { rules } from '@/lib/validation';
import { CancelSessionMutation } from '../api/cancel-session';

interface CancelSessionDialogProps {
  session: { id: string; title: string; when: string } | null;
  onClose: () => void;
}

/** Asks for the reason of a cancellation; the deelnemers see it. */
export function CancelSessionDialog({ session, onClose }: CancelSessionDialogProps) {
  const { t } = useTranslation();
  const [{ fetching }, cancel] = useMutation(CancelSessionMutation);
  const form = useForm({ mode: 'controlled', initialValues: { reason: '' }, validate: { reason: rules.required } });

  const close = () => {
    form.reset();
    onClose();
  };

  const submit = async ({ reason }: { reason: string }) => {
    if (!session) return;
    const result = await cancel({ input: { id: session.id, reason: reason.trim() } });
    if (result.error) {
      showMutationError(result.error, form, ['reason']);
      return;
    }
    notifySuccess(t('leergangen.sessions.cancelled', { title: session.title }));
    close();
  };

  return (
    <Modal opened={session !== null} onClose={close} title={t('leergangen.sessions.cancelTitle')} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
        <Stack gap="md">
          <Text>{t('leergangen.sessions.cancelIntro', { title: session?.title ?? '', when: session?.when ?? '' })}</Text>
          <Textarea
            label={t('leergangen.sessions.cancelReason')}
            description={t('leergangen.sessions.cancelReasonHint')}
            required
            autosize
            minRows={3}
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.back')}
            </Button>
            <Button type="submit" color="red" loading={fetching}>
              {t('leergangen.sessions.cancelConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
