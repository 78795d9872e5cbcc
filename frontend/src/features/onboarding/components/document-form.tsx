import { Button, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { SchoolOptionsQuery } from '@/components/api/school-options';
import type { DocumentFieldsFragment } from '@/gql/graphql';
import { hasRole, useViewer } from '@/lib/auth';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { rules } from '@/lib/validation';
import { CreateDocumentMutation } from '../api/create-document';
import { UpdateDocumentMutation } from '../api/update-document';

interface Values {
  owner: string | null;
  title: string;
  description: string;
  url: string;
}

/** The owners the viewer may add a document to: their board, and the schools they see. */
function useOwnerOptions(enabled: boolean) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [{ data }] = useQuery({ query: SchoolOptionsQuery, variables: {}, pause: !enabled });
  const options: { value: string; label: string }[] = [];
  const org = viewer.person.organisation;
  if (org && hasRole(viewer, 'BESTUUR')) {
    options.push({ value: `org:${org.id}`, label: t('onboarding.documents.ownerOrganisation', { name: org.name }) });
  }
  const schools = hasRole(viewer, 'DIRECTIE') && !hasRole(viewer, 'BESTUUR') && !hasRole(viewer, 'BEHEERDER')
    ? viewer.person.schools
    : (data?.schools.nodes ?? []);
  for (const s of schools) options.push({ value: `school:${s.id}`, label: s.name });
  return options;
}

interface DocumentModalProps {
  opened: boolean;
  /** The document to change; null adds a new one. */
  document: DocumentFieldsFragment | null;
  onClose: () => void;
}

/** Adds or changes a document (title, description, link) of an organisation or school. */
export function DocumentModal({ opened, document, onClose }: DocumentModalProps) {
  const { t } = useTranslation();
  const owners = useOwnerOptions(opened && !document);
  const [{ fetching: creating }, create] = useMutation(CreateDocumentMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateDocumentMutation);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { owner: null, title: document?.title ?? '', description: document?.description ?? '', url: document?.url ?? '' },
    validate: { title: rules.required, url: rules.required, owner: (v) => (document || v ? null : t('validation.required')) },
  });

  const submit = async (v: Values) => {
    const fields = { title: v.title.trim(), description: v.description.trim(), url: v.url.trim() };
    let error;
    if (document) {
      error = (await update({ input: { id: document.id, ...fields } })).error;
    } else {
      const [kind, id] = (v.owner ?? '').split(':');
      const owner = kind === 'org' ? { organisationId: id } : { schoolId: id };
      error = (await create({ input: { ...owner, ...fields } })).error;
    }
    if (error) {
      showMutationError(error, form, ['title', 'description', 'url'], { organisationId: 'owner', schoolId: 'owner' });
      return;
    }
    notifySuccess(document ? t('common.saved') : t('onboarding.documents.created'));
    onClose();
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={document ? t('onboarding.documents.edit') : t('onboarding.documents.add')}
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate>
        <Stack gap="md">
          {!document ? <Select label={t('onboarding.documents.owner')} required data={owners} {...form.getInputProps('owner')} /> : null}
          <TextInput label={t('onboarding.documents.titleField')} required {...form.getInputProps('title')} />
          <TextInput
            label={t('onboarding.documents.url')}
            description={t('onboarding.documents.urlHint')}
            type="url"
            required
            placeholder="https://"
            {...form.getInputProps('url')}
          />
          <Textarea label={t('onboarding.documents.description')} autosize minRows={2} {...form.getInputProps('description')} />
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
    </Modal>
  );
}
