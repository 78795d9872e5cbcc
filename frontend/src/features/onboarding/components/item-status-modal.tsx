import { Button, Group, Modal, Radio, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { SetChecklistItemStatusMutation } from '../api/set-checklist-item-status';
import { todayIso } from '../utils/progress';
import type { ItemStatus } from '../utils/progress';

export interface EditableItem {
  id: string;
  text: string;
  status: ItemStatus;
  doneOn: string | null;
  note: string;
}

interface Values {
  status: ItemStatus;
  doneOn: string;
  note: string;
}

const STATUSES: ItemStatus[] = ['GEDAAN', 'NIET_VAN_TOEPASSING', 'OPEN'];

/** Ticks an item with a date and a note, marks it not applicable or reopens it. */
export function ItemStatusModal({ item, onClose }: { item: EditableItem | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [{ fetching }, save] = useMutation(SetChecklistItemStatusMutation);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      status: item && item.status !== 'OPEN' ? item.status : 'GEDAAN',
      doneOn: item?.doneOn ?? todayIso(),
      note: item?.note ?? '',
    },
  });

  const submit = async (values: Values) => {
    if (!item) return;
    const result = await save({
      input: {
        itemId: item.id,
        status: values.status,
        doneOn: values.status === 'OPEN' || !values.doneOn ? null : values.doneOn,
        note: values.note,
      },
    });
    if (result.error) {
      showMutationError(result.error, form, ['status', 'doneOn', 'note']);
      return;
    }
    notifySuccess(t('onboarding.checklist.saved'));
    onClose();
  };

  return (
    <Modal
      opened={item !== null}
      onClose={onClose}
      title={item ? t('onboarding.checklist.detailsOf', { item: item.text }) : ''}
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate>
        <Stack gap="md">
          <Radio.Group label={t('onboarding.checklist.statusLabel')} {...form.getInputProps('status')}>
            <Stack gap="xs" mt="xs">
              {STATUSES.map((s) => (
                <Radio key={s} value={s} label={t(`onboarding.checklist.status.${s}`)} />
              ))}
            </Stack>
          </Radio.Group>
          {form.values.status !== 'OPEN' ? (
            <TextInput
              type="date"
              label={t('onboarding.checklist.doneOn')}
              description={t('onboarding.checklist.doneOnHint')}
              max={todayIso()}
              {...form.getInputProps('doneOn')}
            />
          ) : null}
          <Textarea label={t('onboarding.checklist.note')} autosize minRows={2} maxLength={1000} {...form.getInputProps('note')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={fetching}>
              {t('onboarding.checklist.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
