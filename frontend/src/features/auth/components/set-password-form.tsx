import { Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { showMutationError } from '@/lib/mutation-errors';
import { i18n } from '@/lib/i18n';
import { rules } from '@/lib/validation';
import { AcceptInvitationMutation } from '../api/accept-invitation';
import { PasswordInput } from '@/components/password-input';

interface Values {
  password: string;
  repeat: string;
}

/** Sets the password of an invitation; the server signs the person in. */
export function SetPasswordForm({ token, onSuccess }: { token: string; onSuccess: () => void | Promise<void> }) {
  const { t } = useTranslation();
  const [{ fetching }, accept] = useMutation(AcceptInvitationMutation);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { password: '', repeat: '' },
    validate: {
      password: rules.newPassword,
      repeat: (value, values) => (value === values.password ? null : i18n.t('validation.passwordsDiffer')),
    },
  });

  const submit = async (values: Values) => {
    const result = await accept({ input: { token, password: values.password } });
    if (result.error) {
      showMutationError(result.error, form, ['password'], { newPassword: 'password' });
      return;
    }
    if (result.data) await onSuccess();
  };

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack gap="md">
        <PasswordInput
          label={t('invitation.password')}
          description={t('invitation.passwordHint')}
          autoComplete="new-password"
          required
          {...form.getInputProps('password')}
        />
        <PasswordInput label={t('invitation.repeat')} autoComplete="new-password" required {...form.getInputProps('repeat')} />
        <Button type="submit" loading={fetching} fullWidth>
          {t('invitation.submit')}
        </Button>
      </Stack>
    </form>
  );
}
