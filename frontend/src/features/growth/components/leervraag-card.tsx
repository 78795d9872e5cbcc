import { Badge, Button, Card, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ConfirmDialog } from '@/components/confirm-dialog';
import type { GrowthLeervraagFragment, LeervraagStatus } from '@/gql/graphql';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { DeleteLeervraagMutation, ReflectOnLeervraagMutation } from '../api/intake';

const STATUSES: LeervraagStatus[] = ['NOG_NIET', 'OP_WEG', 'BEANTWOORD', 'BIJGESTELD'];

interface LeervraagCardProps {
  leervraag: GrowthLeervraagFragment;
  canEdit: boolean;
  leerjaren: ReadonlyArray<{ id: string; number: number }>;
  onChange: () => void;
  /** Shows whose leervraag it is (the group view). */
  showPerson?: boolean;
}

/** A leervraag with its kind, competencies and reflection per leerjaar; the deelnemer reflects and deletes. */
export function LeervraagCard({ leervraag, canEdit, leerjaren, onChange, showPerson }: LeervraagCardProps) {
  const { t } = useTranslation();
  const [confirm, setConfirm] = useState(false);
  const [{ fetching: deleting }, del] = useMutation(DeleteLeervraagMutation);
  async function onDelete() {
    const res = await del({ input: { id: leervraag.id } });
    setConfirm(false);
    if (res.error) {
      showMutationError(res.error);
      return;
    }
    notifySuccess(t('growth.intake.deleted'));
    onChange();
  }
  return (
    <Card withBorder component="article" aria-label={leervraag.question}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4}>
            {showPerson && leervraag.person ? <Text size="sm" fw={600}>{leervraag.person.name}</Text> : null}
            <Text fw={500}>{leervraag.question}</Text>
            <Group gap={6}>
              <Badge variant="light">{t(`growth.intake.kinds.${leervraag.kind}`)}</Badge>
              {leervraag.competencies.map((c) => (
                <Badge key={c.id} variant="outline" color="gray">{c.name}</Badge>
              ))}
            </Group>
          </Stack>
          {canEdit ? (
            <Button size="xs" variant="subtle" color="red" onClick={() => setConfirm(true)}>
              {t('growth.intake.deleteLeervraag')}
            </Button>
          ) : null}
        </Group>
        {leerjaren.map((lj) => {
          const r = leervraag.reflections.find((x) => x.leerjaar.id === lj.id);
          return canEdit ? (
            <ReflectionForm key={lj.id} leervraagId={leervraag.id} leerjaar={lj} status={r?.status ?? null} reflection={r?.reflection ?? ''} />
          ) : r ? (
            <Text key={lj.id} size="sm">
              <strong>{t('growth.intake.reflectTitle', { number: lj.number })}:</strong> {t(`growth.intake.statuses.${r.status}`)}
              {r.reflection ? ` — ${r.reflection}` : ''}
            </Text>
          ) : null;
        })}
      </Stack>
      <ConfirmDialog opened={confirm} title={t('growth.intake.deleteConfirmTitle')} message={t('growth.intake.deleteConfirm')}
        confirmLabel={t('growth.intake.deleteLeervraag')} danger loading={deleting} onConfirm={() => void onDelete()} onClose={() => setConfirm(false)} />
    </Card>
  );
}

interface ReflectionFormProps {
  leervraagId: string;
  leerjaar: { id: string; number: number };
  status: LeervraagStatus | null;
  reflection: string;
}

function ReflectionForm({ leervraagId, leerjaar, status: initialStatus, reflection: initialReflection }: ReflectionFormProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<LeervraagStatus | null>(initialStatus);
  const [reflection, setReflection] = useState(initialReflection);
  const [statusError, setStatusError] = useState<string | null>(null);
  const [{ fetching }, reflect] = useMutation(ReflectOnLeervraagMutation);
  const title = t('growth.intake.reflectTitle', { number: leerjaar.number });
  async function onSave() {
    if (!status) {
      setStatusError(t('growth.intake.status'));
      return;
    }
    const res = await reflect({ input: { leervraagId, leerjaarId: leerjaar.id, status, reflection } });
    if (res.error) {
      showMutationError(res.error, { setFieldError: (_f, m) => setStatusError(m) }, ['status', 'reflection']);
      return;
    }
    setStatusError(null);
    notifySuccess(t('growth.intake.reflectionSaved'));
  }
  return (
    <Stack gap={6} component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Text component="legend" size="sm" fw={600}>{title}</Text>
      <Group align="flex-end" gap="sm">
        <Select label={t('growth.intake.status')} w={180} value={status} error={statusError}
          data={STATUSES.map((s) => ({ value: s, label: t(`growth.intake.statuses.${s}`) }))}
          onChange={(v) => setStatus(v)} />
        <Textarea label={t('growth.intake.reflection')} style={{ flex: 1 }} autosize minRows={1} maxLength={4000} value={reflection}
          onChange={(e) => setReflection(e.currentTarget.value)} />
        <Button variant="default" loading={fetching} onClick={() => void onSave()} aria-label={`${t('growth.intake.saveReflection')}: ${title}`}>
          {t('growth.intake.saveReflection')}
        </Button>
      </Group>
    </Stack>
  );
}
