import { Alert, Anchor, Button, Card, FileButton, Group, Input, Progress, Stack, Text, ThemeIcon } from '@mantine/core';
import {
  IconAlertTriangle,
  IconFileText,
  IconMovie,
  IconPlayerPause,
  IconPlayerPlay,
  IconPhoto,
  IconRefresh,
  IconUpload,
  IconWifiOff,
  IconX,
} from '@tabler/icons-react';
import { useId, useRef } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PraktijkFileFragment } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';
import { notifyError } from '@/lib/notify';
import { DEFAULT_LIMITS } from './limits';
import { ACCEPT, fileIdFromUrl } from './tus';
import type { UploadKind } from './tus';
import { useFailureMessage } from './use-failure-message';
import { formatBytes, percentOf, splitRemaining } from './upload-stats';
import { useTusUpload } from './use-tus-upload';
import type { UploadState } from './use-tus-upload';
import { useUnfinishedUploads } from './use-unfinished-uploads';
import type { UnfinishedUpload } from './use-unfinished-uploads';

const ICONS: Record<UploadKind, typeof IconMovie> = { video: IconMovie, document: IconFileText, image: IconPhoto };

interface FileUploadFieldProps {
  assignmentId: string;
  kind: UploadKind;
  label: string;
  /** The file the draft holds now. */
  file: PraktijkFileFragment | null;
  /** Attaches an uploaded file to the draft; returns an error message when that failed. */
  onUploaded: (fileId: string) => Promise<string | null>;
  /** Takes the file out of the draft. */
  onRemove?: () => void;
  /** An error for this part from the server (e.g. "Deze praktijkopdracht vraagt om een video."). */
  error?: string | null;
  disabled?: boolean;
  /** Shown under the field, e.g. a consent checkbox that belongs to the video. */
  children?: ReactNode;
}

function Remaining({ state }: { state: UploadState }) {
  const { t } = useTranslation();
  if (state.eta === null) return <>{t('praktijk.upload.remainingUnknown')}</>;
  const r = splitRemaining(state.eta);
  if (r.unit === 'seconds') return <>{t('praktijk.upload.remaining.seconds', { count: r.seconds })}</>;
  if (r.unit === 'minutes') return <>{t('praktijk.upload.remaining.minutes', { count: r.minutes })}</>;
  return <>{t('praktijk.upload.remaining.hours', { hours: r.hours, minutes: r.minutes })}</>;
}

/** The progress of a running upload with pause, resume and cancel. */
function UploadProgress({
  state,
  onPause,
  onResume,
  onCancel,
}: {
  state: UploadState;
  onPause: () => void;
  onResume: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const percent = percentOf(state.bytesSent, state.bytesTotal);
  const active = state.phase === 'uploading' || state.phase === 'starting' || state.phase === 'retrying';
  const sent = formatBytes(state.bytesSent, i18n.language);
  const total = formatBytes(state.bytesTotal, i18n.language);
  const label = t('praktijk.upload.progressLabel', { name: state.fileName });
  return (
    <Card withBorder padding="md" radius="md" data-upload-phase={state.phase}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text fw={600} truncate="end">
            {state.fileName}
          </Text>
          <Text fw={700} aria-hidden>
            {t('praktijk.upload.progressValue', { percent })}
          </Text>
        </Group>
        <Progress.Root
          size="lg"
          radius="xl"
          role="progressbar"
          aria-label={label}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={`${t('praktijk.upload.progressValue', { percent })}, ${t('praktijk.upload.progressText', { sent, total })}`}
        >
          <Progress.Section
            value={percent}
            withAria={false}
            striped={active}
            animated={active}
            color={state.phase === 'retrying' || state.phase === 'offline' ? 'orange' : state.phase === 'paused' ? 'gray' : 'blue'}
          />
        </Progress.Root>
        <Group justify="space-between" gap="xs">
          <Text size="sm" c="dimmed">
            {t('praktijk.upload.progressText', { sent, total })}
            {state.phase === 'uploading' && state.speed !== null ? ` · ${t('praktijk.upload.speed', { speed: formatBytes(state.speed, i18n.language) })}` : ''}
            {state.phase === 'uploading' ? (
              <>
                {' · '}
                <Remaining state={state} />
              </>
            ) : null}
          </Text>
        </Group>
        <Text size="sm" role="status" aria-live="polite" c={state.phase === 'retrying' || state.phase === 'offline' ? 'orange.8' : undefined}>
          {state.phase === 'starting' ? t('praktijk.upload.starting') : null}
          {state.phase === 'uploading' && state.resumed ? t('praktijk.upload.resumed') : null}
          {state.phase === 'paused' ? t('praktijk.upload.paused') : null}
          {state.phase === 'retrying' ? t('praktijk.upload.retrying', { attempt: state.attempt }) : null}
          {state.phase === 'offline' ? t('praktijk.upload.offline') : null}
          {state.phase === 'saving' ? t('praktijk.upload.saving') : null}
        </Text>
        {state.phase !== 'saving' ? (
          <Group gap="xs">
            {state.phase === 'paused' || state.phase === 'offline' ? (
              <Button size="xs" leftSection={<IconPlayerPlay size={16} aria-hidden />} onClick={onResume}>
                {t('praktijk.upload.resume')}
              </Button>
            ) : (
              <Button size="xs" variant="default" leftSection={<IconPlayerPause size={16} aria-hidden />} onClick={onPause}>
                {t('praktijk.upload.pause')}
              </Button>
            )}
            <Button size="xs" variant="subtle" color="red" leftSection={<IconX size={16} aria-hidden />} onClick={onCancel}>
              {t('praktijk.upload.cancel')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}

function UnfinishedNotice({
  item,
  accept,
  onChoose,
  onAttach,
  onDiscard,
}: {
  item: UnfinishedUpload;
  accept: string;
  onChoose: (file: File | null) => void;
  onAttach: () => void;
  onDiscard: () => void;
}) {
  const { t, i18n } = useTranslation();
  const date = formatDateTime(item.startedAt, i18n.language);
  const percent = item.offset !== null && item.size ? percentOf(item.offset, item.size) : null;
  // All bytes arrived, but the answer did not (the page was closed at the last moment).
  const complete = percent === 100;
  return (
    <Alert color="yellow" variant="light" title={t('praktijk.upload.unfinishedTitle')} icon={<IconRefresh size={18} aria-hidden />}>
      <Stack gap="xs">
        <Text size="sm">
          {complete
            ? t('praktijk.upload.unfinishedComplete', { name: item.fileName, date })
            : percent !== null
              ? t('praktijk.upload.unfinishedText', { name: item.fileName, percent, date })
              : t('praktijk.upload.unfinishedTextUnknown', { name: item.fileName, date })}
        </Text>
        <Group gap="xs">
          {complete ? (
            <Button size="xs" leftSection={<IconUpload size={16} aria-hidden />} onClick={onAttach}>
              {t('praktijk.upload.attach')}
            </Button>
          ) : (
            <FileButton onChange={onChoose} accept={accept}>
              {(props) => (
                <Button size="xs" leftSection={<IconUpload size={16} aria-hidden />} {...props}>
                  {t('praktijk.upload.continueWith')}
                </Button>
              )}
            </FileButton>
          )}
          <Button size="xs" variant="subtle" color="red" onClick={onDiscard}>
            {t('praktijk.upload.discard')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

/**
 * One part of a submission as a file: the current file, a button to choose
 * one, and a resumable upload with progress. Unfinished uploads of an earlier
 * visit are offered for resuming.
 */
export function FileUploadField({ assignmentId, kind, label, file, onUploaded, onRemove, error, disabled, children }: FileUploadFieldProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const resetRef = useRef<() => void>(null);
  const upload = useTusUpload({ assignmentId, kind, onUploaded });
  const { state } = upload;
  const idle = state.phase === 'idle' || state.phase === 'done' || state.phase === 'failed';
  const unfinished = useUnfinishedUploads(assignmentId, kind, !disabled && idle);
  const failureMessage = useFailureMessage();
  const Icon = ICONS[kind];
  const accept = ACCEPT[kind];

  const choose = (chosen: File | null) => {
    resetRef.current?.();
    if (chosen) void upload.start(chosen);
  };

  const attachUnfinished = async (item: UnfinishedUpload) => {
    const fileId = fileIdFromUrl(item.uploadUrl);
    if (!fileId) return;
    const saveError = await onUploaded(fileId);
    if (saveError) notifyError(saveError);
    else await unfinished.forget(item);
  };

  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const refused = state.phase === 'failed' && state.failure && !state.failure.retryable;

  return (
    <Input.Wrapper
      label={label}
      description={t(`praktijk.upload.limits.${kind}`, { max: formatBytes(DEFAULT_LIMITS[kind], i18n.language) })}
      error={error}
      id={id}
      labelElement="div"
      descriptionProps={{ id: descriptionId }}
      errorProps={{ id: errorId }}
    >
      <Stack gap="sm" mt={6} role="group" aria-labelledby={`${id}-label`} aria-describedby={error ? `${descriptionId} ${errorId}` : descriptionId}>
        {file && idle ? (
          <Card withBorder padding="sm" radius="md">
            <Group justify="space-between" wrap="nowrap">
              <Group gap="sm" wrap="nowrap" miw={0}>
                <ThemeIcon variant="light" size="lg" aria-hidden>
                  <Icon size={20} />
                </ThemeIcon>
                <Stack gap={0} miw={0}>
                  <Text fw={600} truncate="end">
                    {file.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatBytes(file.size, i18n.language)}
                  </Text>
                </Stack>
              </Group>
              <Group gap="xs" wrap="nowrap">
                {file.downloadUrl && kind !== 'video' ? (
                  <Anchor href={file.downloadUrl} size="sm">
                    {t('praktijk.upload.openFile')}
                  </Anchor>
                ) : null}
                {!disabled ? (
                  <>
                    <FileButton onChange={choose} accept={accept} resetRef={resetRef}>
                      {(props) => (
                        <Button size="xs" variant="default" {...props}>
                          {t('praktijk.upload.replace')}
                        </Button>
                      )}
                    </FileButton>
                    {onRemove ? (
                      <Button size="xs" variant="subtle" color="red" onClick={onRemove}>
                        {t('praktijk.upload.remove')}
                      </Button>
                    ) : null}
                  </>
                ) : null}
              </Group>
            </Group>
          </Card>
        ) : null}

        {idle && !disabled
          ? unfinished.items.map((item) => (
              <UnfinishedNotice
                key={item.key}
                item={item}
                accept={accept}
                onChoose={choose}
                onAttach={() => void attachUnfinished(item)}
                onDiscard={() => void unfinished.discard(item)}
              />
            ))
          : null}

        {!idle ? (
          <UploadProgress
            state={state}
            onPause={upload.pause}
            onResume={upload.resume}
            onCancel={() => {
              void upload.cancel().then(unfinished.refresh);
            }}
          />
        ) : null}

        {state.phase === 'failed' ? (
          <Alert
            color="red"
            role="alert"
            icon={refused ? <IconAlertTriangle size={18} aria-hidden /> : <IconWifiOff size={18} aria-hidden />}
            title={refused ? t('praktijk.upload.refusedTitle') : t('praktijk.upload.failedTitle')}
          >
            <Text size="sm">{state.saveError ?? (state.failure ? failureMessage(state.failure, kind) : t('praktijk.upload.unknownFailure'))}</Text>
          </Alert>
        ) : null}

        {!file && idle && !disabled ? (
          <Group>
            <FileButton onChange={choose} accept={accept} resetRef={resetRef}>
              {(props) => (
                <Button variant={state.phase === 'failed' ? 'default' : 'light'} leftSection={<IconUpload size={18} aria-hidden />} {...props}>
                  {state.phase === 'failed' ? t('praktijk.upload.chooseOther') : t(`praktijk.upload.choose.${kind}`)}
                </Button>
              )}
            </FileButton>
          </Group>
        ) : null}
        {children}
      </Stack>
    </Input.Wrapper>
  );
}
