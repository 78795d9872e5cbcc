import { Button, Card, Group, MultiSelect, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { TableSkeleton } from '@/components/loading';
import { QueryError } from '@/components/query-error';
import type { IntakeQuery as IntakeData, LeervraagKind } from '@/gql/graphql';
import { formatDate } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { IntakeLeergangQuery, IntakeQuery, SaveDirectieExpectationsMutation, SaveIntakeMutation, SaveLeervraagMutation } from '../api/intake';
import { LeervraagCard } from './leervraag-card';

interface IntakeSectionProps {
  leergangId: string;
  personId: string | null;
}

/**
 * Intake and leervragen: the deelnemer writes the school context and their
 * leervragen and reflects on them per leerjaar; the directie of their school
 * adds what the school expects; others read.
 */
export function IntakeSection({ leergangId, personId }: IntakeSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: IntakeQuery, variables: { leergangId, personId }, requestPolicy: 'cache-and-network' });
  const [lg] = useQuery({ query: IntakeLeergangQuery, variables: { leergangId } });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  return (
    <Stack gap="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        {t('growth.intake.title')}
      </Title>
      {error && !data ? <QueryError error={error} onRetry={refresh} /> : null}
      {fetching && !data ? <TableSkeleton rows={3} /> : null}
      {data ? (
        <IntakeContent
          leergangId={leergangId}
          personId={personId}
          intake={data.intake}
          leerjaren={lg.data?.leergang.leerjaren ?? []}
          competencies={lg.data?.leergang.framework?.competencies ?? []}
          onChange={refresh}
        />
      ) : null}
    </Stack>
  );
}

interface IntakeContentProps {
  leergangId: string;
  personId: string | null;
  intake: IntakeData['intake'];
  leerjaren: ReadonlyArray<{ id: string; number: number }>;
  competencies: ReadonlyArray<{ id: string; name: string }>;
  onChange: () => void;
}

function IntakeContent({ leergangId, personId, intake, leerjaren, competencies, onChange }: IntakeContentProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [context, setContext] = useState(intake.schoolContext);
  const [expectations, setExpectations] = useState(intake.directieExpectations);
  const [contextError, setContextError] = useState<string | null>(null);
  const [expectationsError, setExpectationsError] = useState<string | null>(null);
  const [{ fetching: savingContext }, saveIntake] = useMutation(SaveIntakeMutation);
  const [{ fetching: savingExp }, saveExpectations] = useMutation(SaveDirectieExpectationsMutation);
  const [adding, setAdding] = useState(false);

  async function onSaveContext() {
    const res = await saveIntake({ input: { leergangId, schoolContext: context } });
    if (res.error) {
      showMutationError(res.error, { setFieldError: (_f, m) => setContextError(m) }, ['schoolContext']);
      return;
    }
    setContextError(null);
    notifySuccess(t('growth.intake.contextSaved'));
  }
  async function onSaveExpectations() {
    if (!personId) return;
    const res = await saveExpectations({ input: { leergangId, personId, expectations } });
    if (res.error) {
      showMutationError(res.error, { setFieldError: (_f, m) => setExpectationsError(m) }, ['expectations']);
      return;
    }
    setExpectationsError(null);
    notifySuccess(t('growth.intake.expectationsSaved'));
    onChange();
  }

  return (
    <Stack gap="md">
      {intake.canEdit ? (
        <Stack gap="xs">
          <Textarea
            label={t('growth.intake.schoolContext')}
            description={t('growth.intake.schoolContextHelp')}
            autosize
            minRows={2}
            maxLength={4000}
            value={context}
            error={contextError}
            onChange={(e) => setContext(e.currentTarget.value)}
          />
          <Group>
            <Button variant="default" loading={savingContext} onClick={() => void onSaveContext()}>
              {t('growth.intake.saveContext')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap={2}>
          <Text fw={600}>{t('growth.intake.schoolContextOther')}</Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{intake.schoolContext || '–'}</Text>
        </Stack>
      )}
      {intake.canEditExpectations ? (
        <Stack gap="xs">
          <Textarea
            label={t('growth.intake.expectations')}
            autosize
            minRows={2}
            maxLength={4000}
            value={expectations}
            error={expectationsError}
            onChange={(e) => setExpectations(e.currentTarget.value)}
          />
          <Group>
            <Button variant="default" loading={savingExp} onClick={() => void onSaveExpectations()}>
              {t('growth.intake.saveExpectations')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap={2}>
          <Text fw={600}>{t('growth.intake.expectations')}</Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{intake.directieExpectations || t('growth.intake.expectationsEmpty')}</Text>
          {intake.expectationsBy && intake.expectationsAt ? (
            <Text size="sm" c="dimmed">
              {t('growth.intake.expectationsBy', { name: intake.expectationsBy.name, date: formatDate(intake.expectationsAt, language) })}
            </Text>
          ) : null}
        </Stack>
      )}
      <Title order={3} size="h4">
        {t('growth.intake.leervragen')}
      </Title>
      {intake.leervragen.length === 0 ? <Text c="dimmed">{t('growth.intake.noLeervragen')}</Text> : null}
      {intake.leervragen.map((lv) => (
        <LeervraagCard key={lv.id} leervraag={lv} canEdit={intake.canEdit} leerjaren={leerjaren} onChange={onChange} />
      ))}
      {intake.canEdit ? (
        adding ? (
          <NewLeervraag leergangId={leergangId} competencies={competencies} onDone={() => { setAdding(false); onChange(); }} />
        ) : (
          <Group>
            <Button variant="light" leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setAdding(true)}>
              {t('growth.intake.addLeervraag')}
            </Button>
          </Group>
        )
      ) : null}
    </Stack>
  );
}

function NewLeervraag({ leergangId, competencies, onDone }: { leergangId: string; competencies: ReadonlyArray<{ id: string; name: string }>; onDone: () => void }) {
  const { t } = useTranslation();
  const [question, setQuestion] = useState('');
  const [kind, setKind] = useState<LeervraagKind>('PERSOONLIJK');
  const [competencyIds, setCompetencyIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [{ fetching }, save] = useMutation(SaveLeervraagMutation);
  async function onSave() {
    const res = await save({ input: { leergangId, question, kind, competencyIds } });
    if (res.error) {
      const next: Record<string, string> = {};
      showMutationError(res.error, { setFieldError: (f, m) => (next[f] = m) }, ['question', 'kind', 'competencyIds']);
      setErrors(next);
      return;
    }
    notifySuccess(t('growth.intake.leervraagSaved'));
    onDone();
  }
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Textarea label={t('growth.intake.question')} required autosize minRows={2} maxLength={1000} value={question}
          error={errors.question} onChange={(e) => setQuestion(e.currentTarget.value)} />
        <Select label={t('growth.intake.kind')} value={kind} allowDeselect={false} error={errors.kind}
          data={(['PERSOONLIJK', 'SCHOOL'] as const).map((k) => ({ value: k, label: t(`growth.intake.kinds.${k}`) }))}
          onChange={(v) => setKind((v ?? 'PERSOONLIJK'))} />
        <MultiSelect label={t('growth.intake.competencies')} value={competencyIds} error={errors.competencyIds}
          data={competencies.map((c) => ({ value: c.id, label: c.name }))} onChange={setCompetencyIds} />
        <Group>
          <Button loading={fetching} onClick={() => void onSave()}>
            {t('growth.intake.saveLeervraag')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
