import { Button, Card, CloseButton, FileButton, Group, Input, Progress, Stack, Text } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Upload } from 'tus-js-client';
import { DEFAULT_LIMITS } from '@/features/praktijkopdrachten/upload/limits';
import { ACCEPT, RETRY_DELAYS, UPLOAD_ENDPOINT, chunkSize, fileIdFromUrl, shouldRetry, uploadFailure, withCredentials } from '@/features/praktijkopdrachten/upload/tus';
import { formatBytes, percentOf } from '@/features/praktijkopdrachten/upload/upload-stats';
import { useRefusalMessage } from './use-refusal-message';

/** The organisation or school a document's file is uploaded for (tus metadata, server/uploads.go). */
export type DocumentOwner = { organisationId: string } | { schoolId: string };

/** A finished upload, ready to be given to createDocument or updateDocument. */
export interface UploadedDocumentFile {
  id: string;
  name: string;
  size: number;
}

type Phase = { kind: 'idle' } | { kind: 'uploading'; name: string; sent: number; total: number } | { kind: 'failed'; message: string };

interface Props {
  /** Whose document: the upload is refused without it. */
  owner: DocumentOwner | null;
  /** The file uploaded in this dialog, if any. */
  value: UploadedDocumentFile | null;
  /** The file the document has now (editing), shown until another is uploaded. */
  current: { name: string; size: number } | null;
  onChange: (file: UploadedDocumentFile | null) => void;
  /** A validation message of the form (no file yet). */
  error?: string | null;
  /** Tells the form whether an upload is under way (saving waits for it). */
  onBusyChange?: (busy: boolean) => void;
}

/**
 * Picks a pdf or docx and uploads it with tus, showing its progress; the
 * server checks the content and refuses other types with a stable code.
 */
export function DocumentFileUpload({ owner, value, current, onChange, error, onBusyChange }: Props) {
  const { t, i18n } = useTranslation();
  const refusal = useRefusalMessage();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const uploadRef = useRef<Upload | null>(null);
  const labelId = useId();
  const statusId = useId();

  useEffect(() => () => void uploadRef.current?.abort(true), []);
  useEffect(() => onBusyChange?.(phase.kind === 'uploading'), [phase.kind, onBusyChange]);

  const start = (file: File | null) => {
    if (!file || !owner) return;
    if (uploadRef.current) void uploadRef.current.abort(true);
    if (file.size > DEFAULT_LIMITS.document) {
      setPhase({ kind: 'failed', message: refusal({ status: 413, code: 'file_too_large', message: '' }) });
      return;
    }
    setPhase({ kind: 'uploading', name: file.name, sent: 0, total: file.size });
    const upload: Upload = new Upload(file, {
      endpoint: UPLOAD_ENDPOINT,
      chunkSize: chunkSize(),
      retryDelays: RETRY_DELAYS,
      onShouldRetry: shouldRetry,
      onBeforeRequest: withCredentials,
      storeFingerprintForResuming: false,
      metadata: {
        kind: 'document',
        filename: file.name,
        ...('organisationId' in owner ? { documentOrganisationId: owner.organisationId } : { documentSchoolId: owner.schoolId }),
      },
      onProgress: (sent, total) => {
        if (uploadRef.current === upload) setPhase({ kind: 'uploading', name: file.name, sent, total });
      },
      onError: (err) => {
        if (uploadRef.current !== upload) return;
        uploadRef.current = null;
        setPhase({ kind: 'failed', message: refusal(uploadFailure(err)) });
      },
      onSuccess: () => {
        if (uploadRef.current !== upload) return;
        uploadRef.current = null;
        const id = fileIdFromUrl(upload.url);
        if (!id) {
          setPhase({ kind: 'failed', message: t('onboarding.documents.refusals.failed') });
          return;
        }
        setPhase({ kind: 'idle' });
        onChange({ id, name: file.name, size: file.size });
      },
    });
    uploadRef.current = upload;
    upload.start();
  };

  const cancel = () => {
    const upload = uploadRef.current;
    uploadRef.current = null;
    if (upload) void upload.abort(true);
    setPhase({ kind: 'idle' });
  };

  const shown = value ?? current;
  const message = phase.kind === 'failed' ? phase.message : (error ?? null);
  const percent = phase.kind === 'uploading' ? percentOf(phase.sent, phase.total) : 0;
  return (
    <Input.Wrapper
      labelElement="div"
      label={<span id={labelId}>{t('onboarding.documents.file')}</span>}
      description={t('onboarding.documents.fileHint')}
      required
      error={message}
    >
      <Stack gap="xs" mt={4}>
        {shown && phase.kind !== 'uploading' ? (
          <Text size="sm" data-testid="document-file-name">
            {t('onboarding.documents.fileOf', { name: shown.name })} ({formatBytes(shown.size, i18n.language)})
          </Text>
        ) : null}
        {phase.kind === 'uploading' ? (
          <Card withBorder padding="sm" radius="md">
            <Stack gap={6}>
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm" fw={600} truncate="end">
                  {t('onboarding.documents.uploading', { name: phase.name })}
                </Text>
                <CloseButton size="sm" aria-label={t('onboarding.documents.cancelUpload')} onClick={cancel} />
              </Group>
              <Progress.Root
                size="md"
                radius="xl"
                role="progressbar"
                aria-label={t('onboarding.documents.uploading', { name: phase.name })}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={percent}
                aria-valuetext={t('onboarding.documents.progressValue', { percent })}
              >
                <Progress.Section value={percent} withAria={false} striped animated />
              </Progress.Root>
              <Text size="xs" c="dimmed">
                {t('onboarding.documents.progressValue', { percent })} ·{' '}
                {t('onboarding.documents.progressText', {
                  sent: formatBytes(phase.sent, i18n.language),
                  total: formatBytes(phase.total, i18n.language),
                })}
              </Text>
            </Stack>
          </Card>
        ) : null}
        <Text id={statusId} size="sm" role="status" aria-live="polite">
          {value && phase.kind === 'idle' ? t('onboarding.documents.uploaded', { name: value.name }) : ''}
        </Text>
        {phase.kind !== 'uploading' ? (
          <Group>
            <FileButton onChange={start} accept={ACCEPT.document}>
              {(props) => (
                <Button
                  {...props}
                  variant="light"
                  leftSection={<IconFileUpload size={16} aria-hidden />}
                  disabled={!owner}
                  aria-describedby={statusId}
                >
                  {shown ? t('onboarding.documents.replaceFile') : t('onboarding.documents.chooseFile')}
                </Button>
              )}
            </FileButton>
            {!owner ? (
              <Text size="sm" c="dimmed">
                {t('onboarding.documents.ownerFirst')}
              </Text>
            ) : null}
          </Group>
        ) : null}
      </Stack>
    </Input.Wrapper>
  );
}
