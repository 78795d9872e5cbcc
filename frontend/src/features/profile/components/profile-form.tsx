import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { rules } from '@/lib/validation';
import { UpdateMyProfileMutation } from '../api/update-my-profile';

interface Values {
  name: string;
  phone: string;
}

/** Name and phone of the signed-in person; the e-mail address is shown, not edited. */
export function ProfileForm({ name, phone, email }: Values & { email: string }) {
  const { t } = useTranslation();
  const [{ fetching }, save] = useMutation(UpdateMyProfileMutation);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { name, phone },
    validate: { name: rules.required },
  });

  const submit = async (values: Values) => {
    const result = await save({ input: { name: values.name.trim(), phone: values.phone.trim() } });
    if (result.error) {
      showMutationError(result.error, form, ['name', 'phone']);
      return;
    }
    form.resetDirty();
    notifySuccess(t('common.saved'));
  };

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack gap="md" maw={480}>
        <TextInput label={t('profile.email')} value={email} readOnly description={t('profile.emailHint')} />
        <TextInput label={t('profile.name')} required autoComplete="name" {...form.getInputProps('name')} />
        <TextInput label={t('profile.phone')} type="tel" autoComplete="tel" {...form.getInputProps('phone')} />
        <Group>
          <Button type="submit" loading={fetching}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
