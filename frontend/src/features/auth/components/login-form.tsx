import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { codeOf, graphQLErrors, mapFieldErrors, messageOf } from '@/lib/errors';
import { currentLanguage, i18n, translateReason } from '@/lib/i18n';
import { rules } from '@/lib/validation';
import { LoginMutation } from '../api/login';
import { PasswordInput } from '@/components/password-input';

interface LoginValues {
  email: string;
  password: string;
}

/** E-mail and password, checked in the browser first; signs in and calls onSuccess. */
export function LoginForm({ onSuccess }: { onSuccess: () => void | Promise<void> }) {
  const { t } = useTranslation();
  const [{ fetching }, login] = useMutation(LoginMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<LoginValues>({
    mode: 'controlled',
    initialValues: { email: '', password: '' },
    // Explain a wrong address as soon as the person leaves the field, not only on submit.
    validateInputOnBlur: ['email'],
    validate: {
      email: rules.email,
      password: (value) => (value ? null : i18n.t('validation.passwordRequired')),
    },
  });

  const submit = async (values: LoginValues) => {
    setFormError(null);
    const result = await login({ input: { email: values.email.trim(), password: values.password } });
    if (result.error) {
      const options = { language: currentLanguage(), translateReason, fields: ['email', 'password'] };
      for (const e of graphQLErrors(result.error)) {
        const reason = e.extensions?.reason;
        if (reason === 'invalid_credentials') {
          setFormError(t('auth.invalidCredentials'));
          return;
        }
        if (reason === 'too_many_attempts') {
          setFormError(messageOf(e, options) || t('auth.tooManyAttempts'));
          return;
        }
      }
      const { fieldErrors, otherErrors } = mapFieldErrors(
        { graphQLErrors: result.error.graphQLErrors.filter((e) => codeOf(e) === 'BAD_USER_INPUT') },
        options,
      );
      form.setErrors(fieldErrors);
      if (otherErrors.length > 0) setFormError(otherErrors.join(' '));
      return;
    }
    if (result.data) await onSuccess();
  };

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack gap="md">
        {formError ? (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        ) : null}
        <TextInput
          label={t('auth.email')}
          type="email"
          autoComplete="username"
          required
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label={t('auth.password')}
          autoComplete="current-password"
          required
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={fetching} fullWidth>
          {t('auth.submit')}
        </Button>
      </Stack>
    </form>
  );
}
