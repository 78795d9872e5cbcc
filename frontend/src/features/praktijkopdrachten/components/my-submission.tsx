import { Alert, Card, Stack, Text, Title } from '@mantine/core';
import { IconClockHour4, IconInfoCircle, IconMessageCheck, IconRepeat, IconTrash } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PraktijkAssignmentFragment, PraktijkSubmissionFragment } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';
import { formatLongDay } from '../utils/dates';
import { deelnemerActions } from '../utils/status';
import { DraftForm } from './draft-form';
import { FeedbackView } from './feedback';
import { VersionContent, VersionSwitcher } from './version-content';

function StatusNotice({ submission }: { submission: PraktijkSubmissionFragment }) {
  const { t, i18n } = useTranslation();
  const day = (v: string | null) => formatDateTime(v, i18n.language);
  switch (submission.status) {
    case 'INGELEVERD':
      return (
        <Alert color="blue" icon={<IconClockHour4 size={20} aria-hidden />}>
          {t('praktijk.submission.handedInNotice', { date: day(submission.handedInAt) })}
        </Alert>
      );
    case 'IN_BEOORDELING':
      return (
        <Alert color="yellow" icon={<IconClockHour4 size={20} aria-hidden />}>
          {t('praktijk.submission.reviewingNotice')}
        </Alert>
      );
    case 'FEEDBACK_GEGEVEN':
      return (
        <Alert color="teal" icon={<IconMessageCheck size={20} aria-hidden />} role="status">
          {t('praktijk.submission.feedbackNotice', { date: day(submission.feedbackGivenAt) })}
        </Alert>
      );
    case 'AFGEROND':
      return (
        <Alert color="green" icon={<IconMessageCheck size={20} aria-hidden />}>
          {t('praktijk.submission.completedNotice', { date: day(submission.completedAt) })}
        </Alert>
      );
    case 'HERKANSING':
      return (
        <Alert color="orange" icon={<IconRepeat size={20} aria-hidden />}>
          {t('praktijk.submission.herkansingNotice')}
        </Alert>
      );
    default:
      return null;
  }
}

/**
 * The deelnemer's own submission on the assignment page: the draft to work
 * on, or the handed-in versions with their feedback and comments (the
 * version switcher shows earlier ones), and when the files will be deleted.
 */
export function MySubmission({
  assignment,
  submission,
  viewerId,
}: {
  assignment: PraktijkAssignmentFragment;
  submission: PraktijkSubmissionFragment | null;
  viewerId: string;
}) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const feedbackId = useId();
  const versions = submission?.versions ?? [];
  const draft = versions.find((v) => !v.submittedAt) ?? null;
  const actions = deelnemerActions(submission?.status ?? null, submission?.canEdit ?? false);
  const [selected, setSelected] = useState<string | null>(null);
  const defaultId = actions.editDraft && draft ? draft.id : (versions[0]?.id ?? null);
  const current = versions.find((v) => v.id === (selected ?? defaultId)) ?? null;
  const newestHandedIn = versions.find((v) => v.submittedAt) ?? null;

  return (
    <Stack gap="md" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h3" id={titleId}>
        {t('praktijk.detail.mySubmission')}
      </Title>
      {submission ? <StatusNotice submission={submission} /> : null}
      {submission?.filesDeleteAt && !submission.filesDeletedAt ? (
        <Alert color="gray" icon={<IconTrash size={20} aria-hidden />} title={t('praktijk.submission.filesDeleteAt', { date: formatLongDay(submission.filesDeleteAt, i18n.language) })}>
          {t('praktijk.submission.filesDeleteAtHint')}
        </Alert>
      ) : null}
      <VersionSwitcher versions={versions} value={current?.id ?? ''} onChange={setSelected} />
      {current && current.submittedAt && newestHandedIn && current.id !== newestHandedIn.id ? (
        <Alert color="gray" icon={<IconInfoCircle size={20} aria-hidden />}>
          {t('praktijk.submission.olderVersion')}
        </Alert>
      ) : null}

      {/* Keyed by version number: the first save creates version 1 without remounting the form and its uploads. */}
      {!current || (!current.submittedAt && actions.editDraft) ? (
        actions.editDraft ? (
          <DraftForm key={current?.number ?? 1} assignment={assignment} submission={submission} draft={current} viewerId={viewerId} />
        ) : null
      ) : (
        <>
          <Card withBorder padding="lg" radius="md">
            <Stack gap="xs">
              <Text size="sm" c="dimmed">
                {current.submittedAt
                  ? t('praktijk.submission.submittedOn', { date: formatDateTime(current.submittedAt, i18n.language) })
                  : t('praktijk.submission.notSubmitted')}
              </Text>
              <VersionContent
                version={current}
                aspects={assignment.aspects}
                viewerId={viewerId}
                commentMode={null}
                canReply={actions.reply && Boolean(current.feedback?.publishedAt)}
                canDeleteOwn={false}
                filesDeletedAt={submission?.filesDeletedAt ?? null}
              />
            </Stack>
          </Card>
          <Card withBorder padding="lg" radius="md" component="section" aria-labelledby={feedbackId}>
            <Title order={2} size="h3" id={feedbackId} mb="sm">
              {t('praktijk.feedback.title')}
            </Title>
            {current.feedback?.publishedAt ? (
              <FeedbackView feedback={current.feedback} rubric={assignment.rubric} />
            ) : (
              <Text c="dimmed">{t('praktijk.feedback.waiting')}</Text>
            )}
          </Card>
        </>
      )}
    </Stack>
  );
}
