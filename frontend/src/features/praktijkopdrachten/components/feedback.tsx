import { Alert, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCheck, IconMessageCheck, IconRepeat, IconSend } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ConfirmDialog } from '@/components/confirm-dialog';
import type { PraktijkAssignmentFragment, PraktijkVersionFragment, SubmissionOutcome } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { DecideSubmissionMutation } from '../api/decide-submission';
import { SaveFeedbackMutation } from '../api/save-feedback';
import { RubricTable } from './rubric-table';

type Feedback = NonNullable<PraktijkVersionFragment['feedback']>;
type Rubric = PraktijkAssignmentFragment['rubric'];

function scoresOf(feedback: Feedback | null): Record<string, string> {
  return Object.fromEntries((feedback?.scores ?? []).map((s) => [s.criterionId, s.levelId]));
}

/** The feedback as the deelnemer (and an opleider on an older version) reads it. */
export function FeedbackView({ feedback, rubric }: { feedback: Feedback; rubric: Rubric }) {
  const { t, i18n } = useTranslation();
  const date = formatDateTime(feedback.publishedAt ?? feedback.updatedAt, i18n.language);
  return (
    <Stack gap="md">
      {!feedback.publishedAt ? <Alert color="yellow">{t('praktijk.feedback.draftNotice')}</Alert> : null}
      <Text size="sm" c="dimmed">
        {feedback.author ? t('praktijk.feedback.givenBy', { name: feedback.author.name, date }) : t('praktijk.feedback.givenOn', { date })}
      </Text>
      {feedback.feedback ? (
        <Stack gap={4}>
          <Title order={3} size="h5">
            {t('praktijk.feedback.feedback')}
          </Title>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{feedback.feedback}</Text>
        </Stack>
      ) : null}
      {feedback.feedForward ? (
        <Stack gap={4}>
          <Title order={3} size="h5">
            {t('praktijk.feedback.feedForward')}
          </Title>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{feedback.feedForward}</Text>
        </Stack>
      ) : null}
      {rubric.length > 0 ? (
        <Stack gap={4}>
          <Title order={3} size="h5">
            {t('praktijk.feedback.rubric')}
          </Title>
          <RubricTable rubric={rubric} scores={scoresOf(feedback)} />
        </Stack>
      ) : null}
    </Stack>
  );
}

interface FeedbackFormValues {
  feedback: string;
  feedForward: string;
}

interface FeedbackFormProps {
  versionId: string;
  feedback: Feedback | null;
  rubric: Rubric;
  /** "Feedback geven" is offered (before the feedback was given). */
  canPublish: boolean;
}

/**
 * The opleider's feedback: feedback, feed forward and the rubric scores.
 * "Opslaan als concept" keeps it for the opleider; "Feedback geven" gives it
 * to the deelnemer. Once given it can still be corrected until the decision.
 */
export function FeedbackForm({ versionId, feedback, rubric, canPublish }: FeedbackFormProps) {
  const { t } = useTranslation();
  const [{ fetching }, save] = useMutation(SaveFeedbackMutation);
  const [scores, setScores] = useState<Record<string, string>>(() => scoresOf(feedback));
  const [confirmPublish, setConfirmPublish] = useState(false);
  const published = Boolean(feedback?.publishedAt);
  const form = useForm<FeedbackFormValues>({
    initialValues: { feedback: feedback?.feedback ?? '', feedForward: feedback?.feedForward ?? '' },
  });

  const submit = async (publish: boolean) => {
    const values = form.getValues();
    const result = await save({
      input: {
        versionId,
        feedback: values.feedback,
        feedForward: values.feedForward,
        scores: Object.entries(scores).map(([criterionId, levelId]) => ({ criterionId, levelId })),
        publish,
      },
    });
    setConfirmPublish(false);
    if (result.error) {
      showMutationError(result.error, form, ['feedback', 'feedForward']);
      return;
    }
    form.resetDirty();
    notifySuccess(publish ? t('praktijk.feedback.published') : published ? t('praktijk.feedback.updated') : t('praktijk.feedback.savedDraft'));
  };

  const askPublish = () => {
    const values = form.getValues();
    if (!values.feedback.trim() && !values.feedForward.trim()) {
      form.setFieldError('feedback', t('praktijk.feedback.requiredToPublish'));
      return;
    }
    setConfirmPublish(true);
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (canPublish) askPublish();
        else void submit(false);
      }}
      noValidate
    >
      <Stack gap="md">
        {feedback && !published ? <Alert color="yellow">{t('praktijk.feedback.draftNotice')}</Alert> : null}
        <Textarea
          label={t('praktijk.feedback.feedback')}
          description={t('praktijk.feedback.feedbackHint')}
          autosize
          minRows={3}
          maxRows={14}
          {...form.getInputProps('feedback')}
        />
        <Textarea
          label={t('praktijk.feedback.feedForward')}
          description={t('praktijk.feedback.feedForwardHint')}
          autosize
          minRows={3}
          maxRows={14}
          {...form.getInputProps('feedForward')}
        />
        {rubric.length > 0 ? (
          <RubricTable
            rubric={rubric}
            scores={scores}
            caption={t('praktijk.feedback.rubricCaption')}
            onChange={(criterionId, levelId) => setScores((current) => ({ ...current, [criterionId]: levelId }))}
          />
        ) : null}
        <Group gap="sm">
          {canPublish ? (
            <>
              <Button type="submit" leftSection={<IconSend size={18} aria-hidden />} loading={fetching && confirmPublish}>
                {t('praktijk.feedback.publish')}
              </Button>
              <Button variant="default" onClick={() => void submit(false)} loading={fetching && !confirmPublish}>
                {t('praktijk.feedback.saveDraft')}
              </Button>
            </>
          ) : (
            <Button type="submit" variant="default" leftSection={<IconCheck size={18} aria-hidden />} loading={fetching}>
              {t('praktijk.feedback.update')}
            </Button>
          )}
        </Group>
      </Stack>
      <ConfirmDialog
        opened={confirmPublish}
        title={t('praktijk.feedback.publishTitle')}
        message={t('praktijk.feedback.publishConfirm')}
        confirmLabel={t('praktijk.feedback.publish')}
        loading={fetching}
        onConfirm={() => void submit(true)}
        onClose={() => setConfirmPublish(false)}
      />
    </form>
  );
}

/** "Afronden" or "Herkansing", after the feedback was given. */
export function DecidePanel({ submissionId, personName }: { submissionId: string; personName: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [{ fetching }, decide] = useMutation(DecideSubmissionMutation);
  const [asking, setAsking] = useState<SubmissionOutcome | null>(null);

  const onConfirm = async () => {
    if (!asking) return;
    const outcome = asking;
    const result = await decide({ input: { submissionId, outcome } });
    setAsking(null);
    if (result.error) {
      showMutationError(result.error);
      return;
    }
    notifySuccess(outcome === 'AFGEROND' ? t('praktijk.feedback.completed') : t('praktijk.feedback.retakeDone'));
  };

  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={titleId}>
          {t('praktijk.feedback.decide')}
        </Title>
        <Text size="sm">{t('praktijk.feedback.decideIntro')}</Text>
        <Group gap="sm">
          <Button color="green" leftSection={<IconMessageCheck size={18} aria-hidden />} onClick={() => setAsking('AFGEROND')}>
            {t('praktijk.feedback.complete')}
          </Button>
          <Button color="orange" variant="light" leftSection={<IconRepeat size={18} aria-hidden />} onClick={() => setAsking('HERKANSING')}>
            {t('praktijk.feedback.retake')}
          </Button>
        </Group>
      </Stack>
      <ConfirmDialog
        opened={asking !== null}
        title={asking === 'AFGEROND' ? t('praktijk.feedback.completeTitle') : t('praktijk.feedback.retakeTitle')}
        message={asking === 'AFGEROND' ? t('praktijk.feedback.completeConfirm', { name: personName }) : t('praktijk.feedback.retakeConfirm', { name: personName })}
        confirmLabel={asking === 'AFGEROND' ? t('praktijk.feedback.complete') : t('praktijk.feedback.retake')}
        loading={fetching}
        onConfirm={() => void onConfirm()}
        onClose={() => setAsking(null)}
      />
    </Card>
  );
}
