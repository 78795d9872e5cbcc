import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { OrganisationKind } from '@/gql/graphql';
import { i18n } from '@/lib/i18n';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { rules } from '@/lib/validation';
import { CreateOrganisationMutation } from '../api/create-organisation';
import { UpdateOrganisationMutation } from '../api/update-organisation';
import { ORGANISATION_KINDS } from '../constants';

export interface EditableOrganisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  plaats: string;
}

interface Values {
  name: string;
  kind: OrganisationKind | null;
  plaats: string;
}

const FIELDS = ['name', 'kind', 'plaats'];

interface Props {
  /** The organisation to edit, or null to create one. */
  organisation: EditableOrganisation | null;
  onClose: () => void;
}

function OrganisationForm({ organisation, onClose }: Props) {
  const { t } = useTranslation();
  const [{ fetching: creating }, create] = useMutation(CreateOrganisationMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateOrganisationMutation);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      name: organisation?.name ?? '',
      kind: organisation?.kind ?? null,
      plaats: organisation?.plaats ?? '',
    },
    validate: {
      name: rules.required,
      kind: (value) => (value ? null : i18n.t('validation.kindRequired')),
    },
  });

  const submit = async (values: Values) => {
    if (!values.kind) return;
    const fields = { name: values.name.trim(), kind: values.kind, plaats: values.plaats.trim() };
    const result = organisation
      ? await update({ input: { id: organisation.id, ...fields } })
      : await create({ input: fields });
    if (result.error) {
      showMutationError(result.error, form, FIELDS);
      return;
    }
    notifySuccess(t('common.saved'));
    onClose();
  };

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack gap="md">
        <TextInput label={t('organisations.name')} required data-autofocus {...form.getInputProps('name')} />
        <Select
          label={t('organisations.kind')}
          required
          data={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          {...form.getInputProps('kind')}
        />
        <TextInput label={t('organisations.plaats')} {...form.getInputProps('plaats')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={creating || updating}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Create or edit an organisation in a dialog (focus is trapped, Esc closes). */
export function OrganisationFormModal({ opened, organisation, onClose }: Props & { opened: boolean }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={organisation ? t('organisations.editTitle') : t('organisations.new')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {opened ? <OrganisationForm key={organisation?.id ?? 'new'} organisation={organisation} onClose={onClose} /> : null}
    </Modal>
  );
}
