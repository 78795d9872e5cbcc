import { Button, Group, Rating, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { SessionEvaluateMutation } from '../api/evaluate-session';

interface Values {
  rating: number;
  tops: string;
  tips: string;
}

interface EvaluationFormProps {
  sessionId: string;
  initial?: Values;
  onDone: () => void;
  onCancel?: () => void;
}

/** A deelnemer's evaluation of a session that has ended: a rating of 1–5 stars, tops and tips. */
export function EvaluationForm({ sessionId, initial, onDone, onCancel }: EvaluationFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [{ fetching }, evaluate] = useMutation(SessionEvaluateMutation);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: initial ?? { rating: 0, tops: '', tips: '' },
    validate: {
      rating: (value) => (value >= 1 && value <= 5 ? null : t('agenda.evaluation.ratingRequired')),
    },
  });
  const ratingError = form.errors.rating;

  const submit = async (values: Values) => {
    const result = await evaluate({
      input: { sessionId, rating: values.rating, tops: values.tops.trim(), tips: values.tips.trim() },
    });
    if (result.error) {
      showMutationError(result.error, form, ['rating', 'tops', 'tips']);
      return;
    }
    notifySuccess(t('agenda.evaluation.sent'));
    onDone();
  };

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack gap="md" maw={640}>
        <Stack gap={6}>
          <Text component="div" fw={500} size="sm" id={`${id}-label`}>
            {t('agenda.evaluation.rating')}
          </Text>
          <Rating
            role="radiogroup"
            aria-labelledby={`${id}-label`}
            aria-describedby={ratingError ? `${id}-error` : undefined}
            aria-required
            name={`${id}-rating`}
            size="xl"
            count={5}
            value={form.values.rating}
            onChange={(value) => form.setFieldValue('rating', value)}
            getSymbolLabel={(value) => t('agenda.evaluation.ratingLabel', { value })}
          />
          {ratingError ? (
            <Text size="sm" c="red.8" id={`${id}-error`}>
              {ratingError}
            </Text>
          ) : null}
        </Stack>
        <Textarea label={t('agenda.evaluation.tops')} autosize minRows={2} maxRows={8} {...form.getInputProps('tops')} />
        <Textarea label={t('agenda.evaluation.tips')} autosize minRows={2} maxRows={8} {...form.getInputProps('tips')} />
        <Group gap="sm">
          <Button type="submit" loading={fetching}>
            {t('agenda.evaluation.submit')}
          </Button>
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
