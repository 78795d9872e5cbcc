import { Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { i18n } from '@/lib/i18n';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { rules } from '@/lib/validation';
import { ChangePasswordMutation } from '../api/change-password';
import { PasswordInput } from '@/components/password-input';

interface Values {
  currentPassword: string;
  newPassword: string;
  repeat: string;
}

const EMPTY: Values = { currentPassword: '', newPassword: '', repeat: '' };

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const [{ fetching }, change] = useMutation(ChangePasswordMutation);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: EMPTY,
    validate: {
      currentPassword: (value) => (value ? null : i18n.t('validation.passwordRequired')),
      newPassword: rules.newPassword,
      repeat: (value, values) => (value === values.newPassword ? null : i18n.t('validation.passwordsDiffer')),
    },
  });

  const submit = async (values: Values) => {
    const result = await change({ input: { currentPassword: values.currentPassword, newPassword: values.newPassword } });
    if (result.error) {
      // A bare "password" error is about the new password.
      showMutationError(result.error, form, ['currentPassword', 'newPassword'], { password: 'newPassword' });
      return;
    }
    form.setValues(EMPTY);
    form.resetDirty(EMPTY);
    notifySuccess(t('profile.passwordChanged'));
  };

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack gap="md" maw={480}>
        <PasswordInput label={t('profile.currentPassword')} required autoComplete="current-password" {...form.getInputProps('currentPassword')} />
        <PasswordInput
          label={t('profile.newPassword')}
          description={t('invitation.passwordHint')}
          required
          autoComplete="new-password"
          {...form.getInputProps('newPassword')}
        />
        <PasswordInput label={t('profile.repeatPassword')} required autoComplete="new-password" {...form.getInputProps('repeat')} />
        <Group>
          <Button type="submit" loading={fetching}>
            {t('profile.changePassword')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
