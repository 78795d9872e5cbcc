import { Alert, Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconInfoCircle, IconLock } from '@tabler/icons-react';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { DetailLoading } from '@/components/detail-loading';
import { MessagePage } from '@/components/message-page';
import { Page } from '@/components/page';
import { useViewer } from '@/lib/auth';
import { hasErrorCode } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { PraktijkSubmissionQuery } from '../api/submission';
import { assignmentPath } from '../utils/paths';
import { DecidePanel, FeedbackForm, FeedbackView } from '../components/feedback';
import { SubmissionStatusBadge } from '../components/status-badge';
import { VersionContent, VersionSwitcher } from '../components/version-content';
import { reviewerActions } from '../utils/status';

const CONTEXT = { additionalTypenames: ['Submission', 'SubmissionVersion', 'VideoComment', 'DeletePayload'] };

/**
 * /opdrachten/:id/inzendingen/:submissionId — an opleider reviews a submission:
 * watches the video, comments at moments, writes feedback with the rubric,
 * gives it, and decides (afronden or herkansing). Earlier versions stay
 * readable with their own feedback.
 */
export default function SubmissionReviewRoute() {
  const { t, i18n } = useTranslation();
  const { id = '', submissionId = '' } = useParams();
  const viewer = useViewer();
  const feedbackId = useId();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PraktijkSubmissionQuery,
    variables: { id: submissionId },
    context: useMemo(() => CONTEXT, []),
  });
  const [selected, setSelected] = useState<string | null>(null);

  if (hasErrorCode(error, 'FORBIDDEN')) {
    return <MessagePage title={t('errors.noAccessTitle')} message={t('praktijk.submissionForbidden')} icon={<IconLock size={28} />} />;
  }
  if (hasErrorCode(error, 'NOT_FOUND')) {
    return <MessagePage title={t('errors.notFoundTitle')} message={t('praktijk.submissionNotFound')} />;
  }

  const submission = data?.submission;
  const back = (
    <Anchor component={Link} to={assignmentPath(submission?.assignment.id ?? id)} size="sm">
      <IconArrowLeft size={14} aria-hidden /> {submission?.assignment.title ?? t('praktijk.back')}
    </Anchor>
  );
  if (!submission) {
    return <DetailLoading back={back} error={error} fetching={fetching} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  }

  const assignment = submission.assignment;
  const handedIn = submission.versions.filter((v) => v.submittedAt);
  const newest = handedIn[0] ?? null;
  const current = handedIn.find((v) => v.id === selected) ?? newest;
  const isNewest = Boolean(current && newest && current.id === newest.id);
  const actions = reviewerActions(submission.status, submission.canReview, isNewest);

  return (
    <Page
      title={t('praktijk.submission.title', { person: submission.person.name, assignment: assignment.title })}
      before={back}
      titleExtra={<SubmissionStatusBadge status={submission.status} size="lg" />}
    >
      <Group gap="lg" mt={-8}>
        <Text c="dimmed">{t('praktijk.leergangYear', { leergang: assignment.leergang.name, number: assignment.leerjaar.number })}</Text>
        {submission.handedInAt ? (
          <Text c="dimmed">{t('praktijk.submission.submittedOn', { date: formatDateTime(submission.handedInAt, i18n.language) })}</Text>
        ) : null}
      </Group>
      <VersionSwitcher versions={handedIn} value={current?.id ?? ''} onChange={setSelected} />
      {current && !isNewest ? (
        <Alert color="gray" icon={<IconInfoCircle size={20} aria-hidden />}>
          {t('praktijk.submission.olderVersion')}
        </Alert>
      ) : null}
      {!current ? (
        <Text c="dimmed">{t('praktijk.submission.notSubmitted')}</Text>
      ) : (
        <>
          <Card withBorder padding="lg" radius="md">
            <Stack gap="xs">
              {!isNewest ? (
                <Text size="sm" c="dimmed">
                  {t('praktijk.submission.submittedOn', { date: formatDateTime(current.submittedAt, i18n.language) })}
                </Text>
              ) : null}
              <VersionContent
                key={current.id}
                version={current}
                aspects={assignment.aspects}
                viewerId={viewer.person.id}
                commentMode={actions.comment ? 'review' : null}
                canReply={actions.reply}
                canDeleteOwn={!current.feedback?.publishedAt}
                filesDeletedAt={submission.filesDeletedAt}
              />
            </Stack>
          </Card>
          <Card withBorder padding="lg" radius="md" component="section" aria-labelledby={feedbackId}>
            <Title order={2} size="h3" id={feedbackId} mb="sm">
              {t('praktijk.feedback.title')}
            </Title>
            {actions.writeFeedback ? (
              <FeedbackForm
                key={`${current.id}-${current.feedback?.updatedAt ?? ''}`}
                versionId={current.id}
                feedback={current.feedback}
                rubric={assignment.rubric}
                canPublish={actions.publish}
              />
            ) : current.feedback ? (
              <FeedbackView feedback={current.feedback} rubric={assignment.rubric} />
            ) : (
              <Text c="dimmed">{t('praktijk.feedback.none')}</Text>
            )}
          </Card>
          {actions.decide ? <DecidePanel submissionId={submission.id} personName={submission.person.name} /> : null}
        </>
      )}
    </Page>
  );
}
