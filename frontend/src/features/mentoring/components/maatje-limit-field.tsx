import { Button, Group, NumberInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { MentoringMaatjeLimitQuery, MentoringSetMaatjeLimitMutation } from '../api/pair-starter';

/** The organisation's maximum of starters per maatje, which ranks full maatjes last. */
export function MaatjeLimitField({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: MentoringMaatjeLimitQuery, variables: { organisationId } });
  const [edited, setEdited] = useState<number | string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, save] = useMutation(MentoringSetMaatjeLimitMutation);
  const value = edited ?? data?.maatjeLimit ?? '';

  const submit = async () => {
    const result = await save(
      { input: { organisationId, maxStartersPerMaatje: Number(value) } },
      { additionalTypenames: ['MaatjeSuggestion'] },
    );
    if (result.error) {
      showMutationError(result.error, { setFieldError: (_, message) => setError(message) }, ['maxStartersPerMaatje']);
      return;
    }
    setError(null);
    setEdited(null);
    notifySuccess(t('mentoring.pair.limitSaved'));
  };

  return (
    <Group align="flex-end" gap="sm">
      <NumberInput
        label={t('mentoring.pair.limit')}
        description={t('mentoring.pair.limitHint')}
        min={1}
        max={20}
        allowDecimal={false}
        value={value}
        error={error}
        onChange={setEdited}
        w={{ base: '100%', sm: 360 }}
      />
      <Button variant="default" loading={fetching} onClick={() => void submit()} disabled={edited === null}>
        {t('mentoring.pair.limitSave')}
      </Button>
    </Group>
  );
}
