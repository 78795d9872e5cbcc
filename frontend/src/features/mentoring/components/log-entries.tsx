import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MentoringLogEntryFragment } from '@/gql/graphql';
import { formatDate } from '@/lib/format';
import { LogEntryForm } from './log-entry-form';

function Field({ label, value }: { label: string; value: string }) {
  if (!value) return null;
  return (
    <div>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{value}</Text>
    </div>
  );
}

/** The shared log of a pairing, newest meeting first, for its two parties. */
export function LogEntries({ pairingId, entries, canAdd }: { pairingId: string; entries: readonly MentoringLogEntryFragment[]; canAdd: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <Stack gap="sm">
      {canAdd && !adding ? (
        <Group>
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setAdding(true)}>
            {t('mentoring.log.add')}
          </Button>
        </Group>
      ) : null}
      {adding ? (
        <Card withBorder>
          <LogEntryForm pairingId={pairingId} onDone={() => setAdding(false)} />
        </Card>
      ) : null}
      {entries.length === 0 ? <Text c="dimmed">{t('mentoring.log.empty')}</Text> : null}
      {entries.map((e) => (
        <Card key={e.id} withBorder component="article" aria-labelledby={`log-${e.id}`}>
          {editing === e.id ? (
            <Stack gap="sm">
              <Title order={3} size="h5" id={`log-${e.id}`}>
                {t('mentoring.log.editTitle', { date: formatDate(e.metOn, lang) })}
              </Title>
              <LogEntryForm pairingId={pairingId} entry={e} onDone={() => setEditing(null)} />
            </Stack>
          ) : (
            <Stack gap="xs">
              <Group justify="space-between">
                <Title order={3} size="h5" id={`log-${e.id}`}>
                  {t('mentoring.log.entryTitle', { date: formatDate(e.metOn, lang) })}
                </Title>
                {e.canEdit ? (
                  <Button
                    size="xs"
                    variant="subtle"
                    leftSection={<IconPencil size={14} aria-hidden />}
                    onClick={() => setEditing(e.id)}
                    aria-label={t('mentoring.log.editTitle', { date: formatDate(e.metOn, lang) })}
                  >
                    {t('mentoring.log.edit')}
                  </Button>
                ) : null}
              </Group>
              <Field label={t('mentoring.log.topics')} value={e.topics} />
              <Field label={t('mentoring.log.agreements')} value={e.agreements} />
              <Field label={t('mentoring.log.nextSteps')} value={e.nextSteps} />
              {e.nextMeetingOn ? <Field label={t('mentoring.pairing.nextMeeting')} value={formatDate(e.nextMeetingOn, lang)} /> : null}
              <Text size="xs" c="dimmed">
                {t('mentoring.log.by', { name: e.authorName })}
              </Text>
            </Stack>
          )}
        </Card>
      ))}
    </Stack>
  );
}
