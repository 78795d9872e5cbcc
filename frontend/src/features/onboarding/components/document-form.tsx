import { Button, Group, Input, Modal, SegmentedControl, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useCallback, useState } from 'react';
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
import { DocumentFileUpload } from './document-file-upload';
import type { DocumentOwner, UploadedDocumentFile } from './document-file-upload';

type Source = 'link' | 'file';

interface Values {
  owner: string | null;
  title: string;
  description: string;
  source: Source;
  url: string;
  file: UploadedDocumentFile | null;
}

/** The owner of a new document ("org:id" or "school:id") or of the document being changed. */
function ownerOf(owner: string | null, document: DocumentFieldsFragment | null): DocumentOwner | null {
  if (document) return document.schoolId ? { schoolId: document.schoolId } : { organisationId: document.organisationId };
  const [kind, id] = (owner ?? '').split(':');
  if (!id) return null;
  return kind === 'org' ? { organisationId: id } : { schoolId: id };
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

/** Adds or changes a document (title, description, and a link or an uploaded file) of an organisation or school. */
export function DocumentModal({ opened, document, onClose }: DocumentModalProps) {
  const { t } = useTranslation();
  const owners = useOwnerOptions(opened && !document);
  const [{ fetching: creating }, create] = useMutation(CreateDocumentMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateDocumentMutation);
  const [uploading, setUploading] = useState(false);
  const onBusyChange = useCallback((busy: boolean) => setUploading(busy), []);
  const hasFile = Boolean(document?.file);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      owner: null,
      title: document?.title ?? '',
      description: document?.description ?? '',
      source: hasFile ? 'file' : 'link',
      url: hasFile ? '' : (document?.url ?? ''),
      file: null,
    },
    validate: {
      title: rules.required,
      url: (v, values) => (values.source === 'link' ? rules.required(v) : null),
      file: (v, values) => (values.source === 'file' && !v && !document?.file ? t('onboarding.documents.fileRequired') : null),
      owner: (v) => (document || v ? null : t('validation.required')),
    },
  });
  const owner = ownerOf(form.values.owner, document);

  const submit = async (v: Values) => {
    const source =
      v.source === 'file'
        ? { url: null, fileId: v.file?.id ?? document?.file?.id ?? null }
        : { url: v.url.trim(), fileId: null };
    const fields = { title: v.title.trim(), description: v.description.trim(), ...source };
    let error;
    if (document) {
      error = (await update({ input: { id: document.id, ...fields } })).error;
    } else {
      error = (await create({ input: { ...(owner ?? {}), ...fields } })).error;
    }
    if (error) {
      showMutationError(error, form, ['title', 'description', 'url', 'file'], { organisationId: 'owner', schoolId: 'owner', fileId: 'file' });
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
          <Input.Wrapper label={t('onboarding.documents.source')} labelElement="div">
            <SegmentedControl
              fullWidth
              mt={4}
              data={[
                { value: 'link', label: t('onboarding.documents.sourceLink') },
                { value: 'file', label: t('onboarding.documents.sourceFile') },
              ]}
              {...form.getInputProps('source')}
            />
          </Input.Wrapper>
          {form.values.source === 'link' ? (
            <TextInput
              label={t('onboarding.documents.url')}
              description={t('onboarding.documents.urlHint')}
              type="url"
              required
              placeholder="https://"
              {...form.getInputProps('url')}
            />
          ) : (
            <DocumentFileUpload
              owner={owner}
              value={form.values.file}
              current={document?.file ?? null}
              onChange={(file) => form.setFieldValue('file', file)}
              error={typeof form.errors.file === 'string' ? form.errors.file : null}
              onBusyChange={onBusyChange}
            />
          )}
          <Textarea label={t('onboarding.documents.description')} autosize minRows={2} {...form.getInputProps('description')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={creating || updating} disabled={uploading}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
