import { Button, Card, Checkbox, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { CombinedError } from '@urql/core';
import { IconDeviceFloppy, IconSend } from '@tabler/icons-react';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ConfirmDialog } from '@/components/confirm-dialog';
import type { PraktijkAssignmentFragment, PraktijkSubmissionFragment, PraktijkVersionFragment, SaveSubmissionDraftInput } from '@/gql/graphql';
import { currentLanguage, translateReason } from '@/lib/i18n';
import { messageOf } from '@/lib/errors';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { HandInSubmissionMutation } from '../api/hand-in-submission';
import { SaveSubmissionDraftMutation } from '../api/save-submission-draft';
import { FileUploadField } from '../upload/file-upload-field';
import { missingParts } from '../utils/draft';
import type { DraftFiles } from '../utils/draft';
import { ConsentLine } from './version-content';
import { VideoReview } from './video-review';

/** Form field names equal the server's input field names. */
const DRAFT_FIELDS = ['reflection', 'text', 'videoFileId', 'documentFileId', 'attachmentFileIds', 'confirmConsent', 'showsPupils'] as const;

interface SaveResult {
  error: CombinedError | undefined;
  submissionId: string | null;
}

interface DraftValues {
  reflection: string;
  text: string;
  showsPupils: boolean;
  confirmConsent: boolean;
}

function filesOf(draft: PraktijkVersionFragment | null): DraftFiles {
  return {
    videoFileId: draft?.video?.id ?? null,
    documentFileId: draft?.document?.id ?? null,
    attachmentFileIds: draft?.attachments.map((f) => f.id) ?? [],
  };
}

interface DraftFormProps {
  assignment: PraktijkAssignmentFragment;
  submission: PraktijkSubmissionFragment | null;
  draft: PraktijkVersionFragment | null;
  viewerId: string;
}

/**
 * The deelnemer's draft: the parts the assignment asks for (files upload
 * resumably and are saved in the draft as soon as they are in), the
 * reflection, the consent for a video with pupils, self-reflection on the
 * video, and handing in.
 */
export function DraftForm({ assignment, submission, draft, viewerId }: DraftFormProps) {
  const { t } = useTranslation();
  const selfId = useId();
  const [{ fetching: saving }, saveDraft] = useMutation(SaveSubmissionDraftMutation);
  const [{ fetching: handingIn }, handIn] = useMutation(HandInSubmissionMutation);
  const [confirmHandIn, setConfirmHandIn] = useState(false);
  const form = useForm<DraftValues>({
    mode: 'controlled',
    initialValues: {
      reflection: draft?.reflection ?? '',
      text: draft?.text ?? '',
      showsPupils: draft?.showsPupils ?? false,
      confirmConsent: Boolean(draft?.consent),
    },
  });

  // The files as the server last confirmed them, plus what was just attached:
  // two uploads that finish together must not undo each other's save.
  const filesRef = useRef<DraftFiles>(filesOf(draft));
  const queueRef = useRef<Promise<unknown>>(Promise.resolve());
  const serverFiles = filesOf(draft);
  const serverKey = JSON.stringify(serverFiles);
  useEffect(() => {
    filesRef.current = JSON.parse(serverKey) as DraftFiles;
  }, [serverKey]);

  // A new video (or one without pupils) needs the statement again.
  const hadConsent = useRef(Boolean(draft?.consent));
  const { setFieldValue } = form;
  useEffect(() => {
    const has = Boolean(draft?.consent);
    if (hadConsent.current && !has) setFieldValue('confirmConsent', false);
    hadConsent.current = has;
  }, [draft?.consent, setFieldValue]);

  const parts = assignment.parts;
  const values = form.values;
  const hasVideo = Boolean(draft?.video);

  const save = useCallback(
    (patch: Partial<DraftFiles> = {}): Promise<SaveResult> => {
      filesRef.current = { ...filesRef.current, ...patch };
      const run = async (): Promise<SaveResult> => {
        const v = form.getValues();
        const input: SaveSubmissionDraftInput = {
          assignmentId: assignment.id,
          reflection: v.reflection,
          text: v.text,
          ...filesRef.current,
          showsPupils: v.showsPupils,
          confirmConsent: v.showsPupils && v.confirmConsent,
        };
        const result = await saveDraft({ input });
        return { error: result.error, submissionId: result.data?.saveSubmissionDraft.submission.id ?? null };
      };
      const next = queueRef.current.then(run, run);
      queueRef.current = next;
      return next;
    },
    [assignment.id, form, saveDraft],
  );

  const attach = (field: keyof DraftFiles) => async (fileId: string) => {
    form.clearFieldError(field);
    const { error } = await save({ [field]: fileId });
    if (!error) return null;
    const options = { language: currentLanguage(), translateReason };
    showMutationError(error, form, DRAFT_FIELDS);
    return error.graphQLErrors.map((e) => messageOf(e, options)).find(Boolean) ?? t('praktijk.upload.unknownFailure');
  };

  const remove = (field: keyof DraftFiles, name: string) => async () => {
    const { error } = await save({ [field]: field === 'attachmentFileIds' ? [] : null });
    if (error) showMutationError(error, form, DRAFT_FIELDS);
    else notifySuccess(t('praktijk.upload.removed', { name }));
  };

  const onSave = async () => {
    const { error } = await save();
    if (error) showMutationError(error, form, DRAFT_FIELDS);
    else {
      form.resetDirty();
      notifySuccess(t('praktijk.draft.saved'));
    }
  };

  const askHandIn = () => {
    form.clearErrors();
    if (values.showsPupils && hasVideo && !values.confirmConsent && !draft?.consent) {
      form.setFieldError('confirmConsent', t('praktijk.draft.consentRequired'));
      return;
    }
    setConfirmHandIn(true);
  };

  const onHandIn = async () => {
    // Save what is in the form first; the first save also creates the submission.
    const saved = await save();
    const submissionId = saved.submissionId ?? submission?.id ?? null;
    if (saved.error || !submissionId) {
      setConfirmHandIn(false);
      if (saved.error) showMutationError(saved.error, form, DRAFT_FIELDS);
      return;
    }
    const result = await handIn({ input: { submissionId } });
    setConfirmHandIn(false);
    if (result.error) {
      showMutationError(result.error, form, DRAFT_FIELDS);
      return;
    }
    form.resetDirty();
    notifySuccess(t('praktijk.draft.handedIn'));
  };

  const missing = missingParts(parts, filesOf(draft), values.text, values.reflection);

  const selfReflection = draft?.video ? (
    <Stack gap="sm" component="section" aria-labelledby={selfId}>
      <Title order={3} size="h4" id={selfId}>
        {t('praktijk.draft.selfReflection')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('praktijk.draft.selfReflectionHint')}
      </Text>
      <VideoReview
        versionId={draft.id}
        video={draft.video}
        comments={draft.comments}
        aspects={assignment.aspects}
        commentMode="self"
        canReply={false}
        viewerId={viewerId}
        canDeleteOwn
      />
    </Stack>
  ) : null;

  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-label={t('praktijk.draft.title')}>
      <Stack gap="lg">
        <Text size="sm" c="dimmed">
          {t('praktijk.draft.intro')}
        </Text>

        {parts.includes('VIDEO') ? (
          <FileUploadField
            assignmentId={assignment.id}
            kind="video"
            label={t('praktijk.draft.video')}
            file={draft?.video ?? null}
            onUploaded={attach('videoFileId')}
            onRemove={draft?.video ? () => void remove('videoFileId', draft.video?.name ?? '')() : undefined}
            error={form.errors.videoFileId as string | undefined}
          >
            <Stack gap="xs">
              <Checkbox label={t('praktijk.draft.showsPupils')} {...form.getInputProps('showsPupils', { type: 'checkbox' })} />
              {values.showsPupils ? (
                draft?.consent ? (
                  <ConsentLine version={draft} />
                ) : (
                  <Checkbox
                    label={t('praktijk.draft.consent')}
                    description={t('praktijk.draft.consentHint')}
                    {...form.getInputProps('confirmConsent', { type: 'checkbox' })}
                  />
                )
              ) : null}
            </Stack>
          </FileUploadField>
        ) : null}

        {selfReflection}

        {parts.includes('DOCUMENT') ? (
          <FileUploadField
            assignmentId={assignment.id}
            kind="document"
            label={t('praktijk.draft.document')}
            file={draft?.document ?? null}
            onUploaded={attach('documentFileId')}
            onRemove={draft?.document ? () => void remove('documentFileId', draft.document?.name ?? '')() : undefined}
            error={form.errors.documentFileId as string | undefined}
          />
        ) : null}

        {parts.includes('TEXT') ? (
          <Textarea label={t('praktijk.draft.text')} autosize minRows={6} maxRows={30} {...form.getInputProps('text')} />
        ) : null}

        <Textarea
          label={t('praktijk.draft.reflection')}
          description={t('praktijk.draft.reflectionHint')}
          autosize
          minRows={5}
          maxRows={24}
          {...form.getInputProps('reflection')}
        />

        {missing.length > 0 ? (
          <Text size="sm" c="dimmed" role="status">
            {t('praktijk.draft.missing', {
              parts: missing.map((p) => (p === 'REFLECTION' ? t('praktijk.draft.reflection') : t(`praktijk.parts.${p}`))).join(', '),
            })}
          </Text>
        ) : null}

        <Group gap="sm">
          <Button variant="default" leftSection={<IconDeviceFloppy size={18} aria-hidden />} loading={saving && !confirmHandIn} onClick={() => void onSave()}>
            {t('praktijk.draft.save')}
          </Button>
          <Button leftSection={<IconSend size={18} aria-hidden />} onClick={askHandIn}>
            {t('praktijk.draft.handIn')}
          </Button>
        </Group>
      </Stack>

      <ConfirmDialog
        opened={confirmHandIn}
        title={t('praktijk.draft.handInTitle')}
        message={t('praktijk.draft.handInConfirm')}
        confirmLabel={t('praktijk.draft.handIn')}
        loading={handingIn || saving}
        onConfirm={() => void onHandIn()}
        onClose={() => setConfirmHandIn(false)}
      />
    </Card>
  );
}
