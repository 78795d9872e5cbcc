import { Alert, Button, Group, List, Modal, Stack, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { ErasePersonMutation } from '../api/erase-person';
import { sameName } from './confirm-name';

interface ErasePersonDialogProps {
  opened: boolean;
  person: { id: string; name: string };
  onClose: () => void;
}

/**
 * Asks before erasing a person: says what goes and what stays without a
 * name, and wants the person's name typed. After the erasure it goes back to
 * the people list.
 */
export function ErasePersonDialog({ opened, person, onClose }: ErasePersonDialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [typed, setTyped] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [{ fetching }, erase] = useMutation(ErasePersonMutation);
  const context = useMemo(() => ({ additionalTypenames: ['Person', 'AuditEntry'] }), []);
  const matches = sameName(typed, person.name);

  const close = () => {
    setTyped('');
    setFieldError(null);
    onClose();
  };

  const onSubmit = async () => {
    if (!matches) {
      setFieldError(t('audit.avg.confirmMismatch', { name: person.name }));
      return;
    }
    const result = await erase({ input: { id: person.id, confirmName: typed } }, context);
    if (result.error) {
      showMutationError(result.error, { setFieldError: (_path, message) => setFieldError(message) }, ['confirmName']);
      return;
    }
    notifySuccess(t('audit.avg.erasedNotice', { name: person.name }));
    void navigate('/mensen');
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('audit.avg.eraseTitle', { name: person.name })}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void onSubmit();
        }}
        noValidate
      >
        <Stack gap="md">
          <Alert color="red" icon={<IconAlertTriangle size={18} aria-hidden />}>
            {t('audit.avg.eraseWarning')}
          </Alert>
          <section aria-labelledby="erase-goes">
            <Title order={3} size="h5" id="erase-goes">
              {t('audit.avg.erasedHeading')}
            </Title>
            <List size="sm" spacing={4} mt={4}>
              <List.Item>{t('audit.avg.erased1')}</List.Item>
              <List.Item>{t('audit.avg.erased2')}</List.Item>
              <List.Item>{t('audit.avg.erased3')}</List.Item>
            </List>
          </section>
          <section aria-labelledby="erase-stays">
            <Title order={3} size="h5" id="erase-stays">
              {t('audit.avg.keptHeading')}
            </Title>
            <List size="sm" spacing={4} mt={4}>
              <List.Item>{t('audit.avg.kept1')}</List.Item>
              <List.Item>{t('audit.avg.kept2')}</List.Item>
              <List.Item>{t('audit.avg.kept3')}</List.Item>
              <List.Item>{t('audit.avg.kept4')}</List.Item>
            </List>
          </section>
          <TextInput
            label={t('audit.avg.confirmLabel', { name: person.name })}
            value={typed}
            onChange={(e) => {
              setTyped(e.currentTarget.value);
              setFieldError(null);
            }}
            error={fieldError}
            autoComplete="off"
            data-autofocus
            required
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={fetching}>
              {t('audit.avg.confirmButton')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
