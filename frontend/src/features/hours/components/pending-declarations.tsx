import { Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCheck, IconClipboardCheck, IconX } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { EmptyState } from '@/components/empty-state';
import { TableSkeleton } from '@/components/loading';
import { QueryError } from '@/components/query-error';
import type { HoursPendingDeclarationsQuery as PendingData } from '@/gql/graphql';
import { formatDate } from '@/lib/format';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { HoursPendingDeclarationsQuery } from '../api/pending-declarations';
import { HoursReviewDeclarationMutation } from '../api/review-declaration';
import { formatHours } from './progress';

type Declaration = PendingData['pendingDeclarations'][number];
const CONTEXT = { additionalTypenames: ['HourDeclaration'] };

function PendingItem({ declaration, leerjaarLabel }: { declaration: Declaration; leerjaarLabel: string }) {
  const { t, i18n } = useTranslation();
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const [{ fetching }, review] = useMutation(HoursReviewDeclarationMutation);
  const [choice, setChoice] = useState<boolean | null>(null);

  const decide = async (approve: boolean) => {
    setChoice(approve);
    const result = await review({ input: { id: declaration.id, approve, note: note.trim() } });
    if (result.error) {
      showMutationError(result.error, { setFieldError: (_field, message) => setNoteError(message) }, ['note']);
      return;
    }
    notifySuccess(approve ? t('agenda.hours.approved') : t('agenda.hours.rejected'));
  };

  const titleId = `pending-${declaration.id}`;
  return (
    <Card withBorder padding="md" component="li" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={0}>
            <Text fw={600} id={titleId}>
              {t('agenda.hours.pendingItem', {
                name: declaration.person.name,
                hours: formatHours(declaration.hours, i18n.language),
                kind: t(`agenda.hours.kinds.${declaration.kind}`).toLowerCase(),
              })}
            </Text>
            <Text size="sm" c="dimmed">
              {leerjaarLabel} · {formatDate(declaration.doneOn, i18n.language)}
            </Text>
          </Stack>
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {declaration.description}
        </Text>
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('agenda.hours.note')}
            aria-label={t('agenda.hours.noteFor', { name: declaration.person.name })}
            value={note}
            onChange={(event) => {
              setNote(event.currentTarget.value);
              setNoteError(null);
            }}
            error={noteError}
            style={{ flex: 1 }}
            miw={220}
          />
          <Button
            color="green"
            leftSection={<IconCheck size={18} aria-hidden />}
            loading={fetching && choice === true}
            disabled={fetching}
            onClick={() => void decide(true)}
          >
            {t('agenda.hours.approve')}
          </Button>
          <Button
            color="red"
            variant="light"
            leftSection={<IconX size={18} aria-hidden />}
            loading={fetching && choice === false}
            disabled={fetching}
            onClick={() => void decide(false)}
          >
            {t('agenda.hours.reject')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** The declarations an opleider still has to review, oldest first. */
export function PendingDeclarations({ leerjaarLabels }: { leerjaarLabels: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: HoursPendingDeclarationsQuery,
    requestPolicy: 'cache-and-network',
    context: useMemo(() => CONTEXT, []),
  });
  const items = data?.pendingDeclarations;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="pending-title">
      <Stack gap="md">
        <Title order={2} size="h3" id="pending-title">
          {t('agenda.hours.pendingTitle')}
        </Title>
        {error && !data ? <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
        {fetching && !data ? <TableSkeleton rows={2} /> : null}
        {items && items.length === 0 ? (
          <EmptyState title={t('agenda.hours.pendingEmpty')} icon={<IconClipboardCheck size={28} />} />
        ) : null}
        {items && items.length > 0 ? (
          <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
            {items.map((d) => (
              <PendingItem
                key={d.id}
                declaration={d}
                leerjaarLabel={leerjaarLabels.get(d.leerjaar.id) ?? t('agenda.session.leerjaar', { number: d.leerjaar.number })}
              />
            ))}
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}
