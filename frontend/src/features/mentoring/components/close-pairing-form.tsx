import { Button, Group, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { rules } from '@/lib/validation';
import { MentoringClosePairingMutation, MentoringEvaluatePairingMutation } from '../api/close-pairing';

const FIELDS = ['rating', 'evaluation'];

interface Values {
  rating: number | string;
  evaluation: string;
}

/**
 * Closing with an evaluation (a party, while open), the other party's
 * evaluation (after closing), or closing without one (beheerder, bestuur).
 */
export function ClosePairingForm({ pairingId, mode }: { pairingId: string; mode: 'close' | 'evaluate' | 'manage' }) {
  const { t } = useTranslation();
  const withEvaluation = mode !== 'manage';
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { rating: '', evaluation: '' },
    validate: withEvaluation ? { rating: rules.required, evaluation: rules.required } : {},
  });
  const [closing, close] = useMutation(MentoringClosePairingMutation);
  const [evaluating, evaluate] = useMutation(MentoringEvaluatePairingMutation);

  const submit = async (values: Values) => {
    const rating = values.rating === '' ? undefined : Number(values.rating);
    const result =
      mode === 'evaluate'
        ? await evaluate({ input: { pairingId, rating: rating ?? 0, evaluation: values.evaluation.trim() } })
        : await close(
            { input: withEvaluation ? { pairingId, rating, evaluation: values.evaluation.trim() } : { pairingId } },
            { additionalTypenames: ['MentorPairing'] },
          );
    if (result.error) {
      showMutationError(result.error, form, FIELDS);
      return;
    }
    notifySuccess(mode === 'evaluate' ? t('mentoring.close.evaluated') : t('mentoring.close.closed'));
  };

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate aria-label={t('mentoring.close.title')}>
      <Stack gap="sm" maw={640}>
        <Text c="dimmed" size="sm">
          {mode === 'manage' ? t('mentoring.close.introManager') : t('mentoring.close.intro')}
        </Text>
        {withEvaluation ? (
          <>
            <NumberInput label={t('mentoring.close.rating')} required min={1} max={5} allowDecimal={false} w={200} {...form.getInputProps('rating')} />
            <Textarea label={t('mentoring.close.evaluation')} required autosize minRows={3} maxRows={8} {...form.getInputProps('evaluation')} />
          </>
        ) : null}
        <Group>
          <Button type="submit" color={mode === 'evaluate' ? undefined : 'red'} variant={mode === 'evaluate' ? 'filled' : 'light'} loading={closing.fetching || evaluating.fetching}>
            {mode === 'evaluate' ? t('mentoring.close.evaluate') : t('mentoring.close.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
