import { Alert, Badge, Button, Card, Grid, Group, Kbd, Radio, ScrollArea, Select, Stack, Text, Textarea, Title, UnstyledButton } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconMessagePlus, IconTrash } from '@tabler/icons-react';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { CommentKind, PraktijkCommentFragment, PraktijkFileFragment } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { AddVideoCommentMutation } from '../api/add-video-comment';
import { DeleteVideoCommentMutation } from '../api/delete-video-comment';
import { ReplyToVideoCommentMutation } from '../api/reply-to-video-comment';
import { formatTimestamp } from '../utils/time';
import { sortByTime, timelineDuration } from '../utils/timeline';
import { KIND_COLORS } from '../utils/status';
import { VideoTimeline } from './video-timeline';

const REVIEW_KINDS: CommentKind[] = ['STERK_PUNT', 'TIP', 'VRAAG'];

export interface VideoReviewProps {
  versionId: string;
  video: PraktijkFileFragment;
  comments: readonly PraktijkCommentFragment[];
  /** The assignment's aspects, to tie a comment to. */
  aspects: readonly string[];
  /** "review": an opleider's comments; "self": the deelnemer's self-reflection on the draft; null: read only. */
  commentMode: 'review' | 'self' | null;
  canReply: boolean;
  viewerId: string;
  /** Whether the viewer may delete their own top-level comments (before hand-in / before feedback). */
  canDeleteOwn: boolean;
}

interface CommentFormValues {
  kind: CommentKind;
  aspect: string | null;
  body: string;
}

function AddCommentForm({
  seconds,
  mode,
  aspects,
  versionId,
  onDone,
}: {
  seconds: number;
  mode: 'review' | 'self';
  aspects: readonly string[];
  versionId: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [{ fetching }, add] = useMutation(AddVideoCommentMutation);
  const titleId = useId();
  const form = useForm<CommentFormValues>({
    initialValues: { kind: mode === 'self' ? 'ZELFREFLECTIE' : 'STERK_PUNT', aspect: null, body: '' },
    validate: {
      body: (v) => (v.trim() ? null : t('praktijk.video.bodyRequired')),
      aspect: (v) => (mode === 'review' && aspects.length > 0 && !v ? t('praktijk.video.aspectRequired') : null),
    },
  });
  const time = formatTimestamp(seconds);

  const submit = async (values: CommentFormValues) => {
    const result = await add({
      input: { versionId, seconds, kind: values.kind, aspect: values.aspect ?? '', body: values.body.trim() },
    });
    if (result.error) {
      showMutationError(result.error, form, ['kind', 'aspect', 'body', 'seconds']);
      return;
    }
    notifySuccess(t('praktijk.video.added'));
    onDone();
  };

  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby={titleId} bg="gray.0">
      <form
        onSubmit={form.onSubmit((v) => void submit(v))}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            onDone();
          }
        }}
        noValidate
      >
        <Stack gap="sm">
          <Title order={3} size="h5" id={titleId}>
            {t('praktijk.video.newComment', { time })}
          </Title>
          {mode === 'review' ? (
            <Radio.Group label={t('praktijk.video.kind')} {...form.getInputProps('kind')}>
              <Group gap="lg" mt={4}>
                {REVIEW_KINDS.map((kind, i) => (
                  // The form opens from the player (button or key C): focus goes to its first choice.
                  <Radio key={kind} value={kind} label={t(`praktijk.kinds.${kind}`)} autoFocus={i === 0} />
                ))}
              </Group>
            </Radio.Group>
          ) : null}
          {aspects.length > 0 ? (
            <Select
              label={t('praktijk.video.aspect')}
              placeholder={t('praktijk.video.aspectPlaceholder')}
              data={[...aspects]}
              required={mode === 'review'}
              clearable={mode === 'self'}
              allowDeselect={mode === 'self'}
              {...form.getInputProps('aspect')}
            />
          ) : null}
          <Textarea
            label={t('praktijk.video.body')}
            required
            autosize
            minRows={2}
            maxRows={8}
            autoFocus={mode === 'self'}
            {...form.getInputProps('body')}
          />
          <Group gap="xs">
            <Button type="submit" loading={fetching}>
              {t('praktijk.video.save')}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t('praktijk.video.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function ReplyForm({ commentId, onDone }: { commentId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [{ fetching }, reply] = useMutation(ReplyToVideoCommentMutation);
  const form = useForm({ initialValues: { body: '' }, validate: { body: (v) => (v.trim() ? null : t('praktijk.video.bodyRequired')) } });
  const submit = async ({ body }: { body: string }) => {
    const result = await reply({ input: { commentId, body: body.trim() } });
    if (result.error) {
      showMutationError(result.error, form, ['body']);
      return;
    }
    notifySuccess(t('praktijk.video.replied'));
    onDone();
  };
  return (
    <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate>
      <Stack gap="xs">
        <Textarea label={t('praktijk.video.replyLabel')} autosize minRows={2} required autoFocus {...form.getInputProps('body')} />
        <Group gap="xs">
          <Button size="xs" type="submit" loading={fetching}>
            {t('praktijk.video.sendReply')}
          </Button>
          <Button size="xs" variant="default" onClick={onDone}>
            {t('praktijk.video.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function CommentItem({
  comment,
  onSeek,
  canReply,
  canDelete,
  viewerId,
}: {
  comment: PraktijkCommentFragment;
  onSeek: (seconds: number) => void;
  canReply: boolean;
  canDelete: boolean;
  viewerId: string;
}) {
  const { t, i18n } = useTranslation();
  const [replying, setReplying] = useState(false);
  const [{ fetching: deleting }, remove] = useMutation(DeleteVideoCommentMutation);
  const kind = comment.kind ?? 'TIP';
  const time = formatTimestamp(comment.seconds);
  const author = (a: { name: string } | null) => a?.name ?? t('praktijk.video.unknownAuthor');

  const onDelete = async (id: string) => {
    const result = await remove({ input: { id } });
    if (result.error) {
      showMutationError(result.error);
      return;
    }
    notifySuccess(t('praktijk.video.deleted'));
  };

  return (
    <Card withBorder padding="sm" radius="md" component="li" data-comment-seconds={comment.seconds}>
      <Stack gap={6}>
        <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="xs">
            <UnstyledButton
              onClick={() => onSeek(comment.seconds)}
              aria-label={t('praktijk.video.jumpTo', { time })}
              className="praktijk-timestamp"
              px={8}
              py={2}
              fw={700}
              ff="monospace"
              c="blue.8"
              bg="blue.0"
              style={{ borderRadius: 6 }}
            >
              {time}
            </UnstyledButton>
            <Badge color={KIND_COLORS[kind]} variant="light">
              {t(`praktijk.kinds.${kind}`)}
            </Badge>
            {comment.aspect ? (
              <Badge color="gray" variant="outline" tt="none">
                {comment.aspect}
              </Badge>
            ) : null}
          </Group>
          {canDelete && comment.author?.id === viewerId ? (
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={14} aria-hidden />}
              loading={deleting}
              onClick={() => void onDelete(comment.id)}
            >
              {t('praktijk.video.delete')}
            </Button>
          ) : null}
        </Group>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{comment.body}</Text>
        <Text size="xs" c="dimmed">
          {t('praktijk.video.by', { name: author(comment.author), date: formatDateTime(comment.createdAt, i18n.language) })}
        </Text>
        {comment.replies.length > 0 ? (
          <Stack gap={6} pl="md" style={{ borderLeft: '3px solid var(--mantine-color-gray-3)' }} component="ul" m={0} aria-label={t('praktijk.video.replies')}>
            {comment.replies.map((r) => (
              <li key={r.id} style={{ listStyle: 'none' }}>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {r.body}
                </Text>
                <Group gap="xs">
                  <Text size="xs" c="dimmed">
                    {t('praktijk.video.by', { name: author(r.author), date: formatDateTime(r.createdAt, i18n.language) })}
                  </Text>
                  {r.author?.id === viewerId ? (
                    <Button size="compact-xs" variant="subtle" color="red" onClick={() => void onDelete(r.id)} aria-label={t('praktijk.video.deleteReply')}>
                      <IconTrash size={14} aria-hidden />
                    </Button>
                  ) : null}
                </Group>
              </li>
            ))}
          </Stack>
        ) : null}
        {canReply && !replying ? (
          <Group>
            <Button size="compact-sm" variant="subtle" onClick={() => setReplying(true)}>
              {t('praktijk.video.reply')}
            </Button>
          </Group>
        ) : null}
        {replying ? <ReplyForm commentId={comment.id} onDone={() => setReplying(false)} /> : null}
      </Stack>
    </Card>
  );
}

/**
 * The browser's own video player (range requests to /files/{id}) with the
 * comments as markers on a timeline and as a list by time. An opleider adds a
 * comment at the current moment with the button or the key C; the deelnemer
 * does the same for self-reflection before handing in.
 */
export function VideoReview({ versionId, video, comments, aspects, commentMode, canReply, viewerId, canDeleteOwn }: VideoReviewProps) {
  const { t } = useTranslation();
  const videoRef = useRef<HTMLVideoElement>(null);
  const probingRef = useRef(false);
  const [currentTime, setCurrentTime] = useState(0);
  const [duration, setDuration] = useState<number | null>(null);
  const [knownEnd, setKnownEnd] = useState(0);
  const [draftAt, setDraftAt] = useState<number | null>(null);
  const [failedUrl, setFailedUrl] = useState<string | null>(null);
  const failed = failedUrl !== null && failedUrl === video.url;
  const sorted = useMemo(() => sortByTime(comments), [comments]);
  const span = timelineDuration(duration, knownEnd, sorted);
  const listId = useId();

  const seek = useCallback((seconds: number) => {
    const element = videoRef.current;
    if (!element) return;
    element.currentTime = seconds;
    setCurrentTime(seconds);
  }, []);

  const startComment = useCallback(() => {
    const element = videoRef.current;
    if (!element) return;
    element.pause();
    setDraftAt(element.currentTime);
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLVideoElement>) => {
    if (!commentMode || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'c' || event.key === 'C') {
      event.preventDefault();
      startComment();
    }
  };

  const readDuration = () => {
    const element = videoRef.current;
    if (!element) return;
    const finite = Number.isFinite(element.duration);
    setDuration(finite ? element.duration : null);
    if (element.seekable.length > 0) {
      const end = element.seekable.end(element.seekable.length - 1);
      if (Number.isFinite(end)) setKnownEnd(end);
    }
    if (finite && probingRef.current) {
      // The duration is known now: back to the start.
      probingRef.current = false;
      element.currentTime = 0;
    }
  };

  // A recording made in a browser (MediaRecorder) often has no duration in
  // its header; a seek far past the end makes the browser find it.
  const onLoadedMetadata = () => {
    const element = videoRef.current;
    if (element && element.duration === Number.POSITIVE_INFINITY && !probingRef.current) {
      probingRef.current = true;
      element.currentTime = Number.MAX_SAFE_INTEGER;
    }
    readDuration();
  };

  const time = formatTimestamp(currentTime);

  const player = (
    <Stack gap="sm">
      {video.url && !failed ? (
        <video
          ref={videoRef}
          src={video.url}
          controls
          preload="metadata"
          playsInline
          aria-label={t('praktijk.video.player', { name: video.name })}
          aria-keyshortcuts={commentMode ? 'C' : undefined}
          onKeyDown={onKeyDown}
          onTimeUpdate={(e) => !probingRef.current && setCurrentTime(e.currentTarget.currentTime)}
          onSeeked={(e) => !probingRef.current && setCurrentTime(e.currentTarget.currentTime)}
          onLoadedMetadata={onLoadedMetadata}
          onDurationChange={readDuration}
          onError={() => setFailedUrl(video.url)}
          style={{ width: '100%', maxHeight: 480, background: '#000', borderRadius: 8, display: 'block' }}
        />
      ) : (
        <Alert color="gray">{t('praktijk.video.unavailable')}</Alert>
      )}
      <VideoTimeline comments={sorted} duration={span} currentTime={currentTime} onSeek={seek} />
      {commentMode ? (
        <Stack gap={4}>
          <Group gap="sm">
            <Button leftSection={<IconMessagePlus size={18} aria-hidden />} onClick={startComment} disabled={failed || draftAt !== null}>
              {commentMode === 'self' ? t('praktijk.video.selfCommentAt', { time }) : t('praktijk.video.commentAt', { time })}
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            <Trans i18nKey="praktijk.video.keyHint" components={{ key: <Kbd /> }} />
          </Text>
        </Stack>
      ) : null}
      {draftAt !== null && commentMode ? (
        <AddCommentForm
          key={draftAt}
          seconds={draftAt}
          mode={commentMode}
          aspects={aspects}
          versionId={versionId}
          onDone={() => {
            setDraftAt(null);
            videoRef.current?.focus();
          }}
        />
      ) : null}
    </Stack>
  );

  const list = (
    <Stack gap="xs">
      <Title order={3} size="h5" id={listId}>
        {t('praktijk.video.comments')}
      </Title>
      {sorted.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('praktijk.video.noComments')}
        </Text>
      ) : (
        <ScrollArea.Autosize mah={560} type="auto" offsetScrollbars>
          <Stack component="ul" gap="xs" m={0} p={0} aria-labelledby={listId} style={{ listStyle: 'none' }}>
            {sorted.map((c) => (
              <CommentItem key={c.id} comment={c} onSeek={seek} canReply={canReply} canDelete={canDeleteOwn} viewerId={viewerId} />
            ))}
          </Stack>
        </ScrollArea.Autosize>
      )}
    </Stack>
  );

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 7 }}>{player}</Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>{list}</Grid.Col>
    </Grid>
  );
}
