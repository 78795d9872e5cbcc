import { Anchor, Card, List, Stack, Text, Title } from '@mantine/core';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { ChecklistFieldsFragment } from '@/gql/graphql';
import { formatDate, formatDateTime } from '@/lib/format';
import { InwerkDueQuery } from '../api/due';
import { openItems } from '../utils/progress';

const SHOWN_ITEMS = 6;
const WEEKS_AHEAD = 8;

/** "Wat staat er nog open": open checklist items, the next sessions and open praktijkopdrachten. */
export function DueCard({ checklist }: { checklist: ChecklistFieldsFragment | null }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const range = useMemo(() => {
    const from = new Date();
    const to = new Date(from.getTime() + WEEKS_AHEAD * 7 * 24 * 3600 * 1000);
    return { from: from.toISOString(), to: to.toISOString() };
  }, []);
  const [{ data }] = useQuery({ query: InwerkDueQuery, variables: range });
  const open = checklist ? openItems(checklist.items) : [];
  const sessions = (data?.sessions ?? []).filter((s) => !s.cancelledAt).slice(0, 3);
  const assignments = (data?.mySubmissions ?? []).filter((s) => s.status === 'CONCEPT' || s.status === 'HERKANSING');
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} size="h3" id={headingId}>
          {t('onboarding.open.title')}
        </Title>
        {checklist ? (
          <Stack gap={4}>
            <Title order={3} size="h5">
              {t('onboarding.open.items')}
            </Title>
            {open.length === 0 ? (
              <Text size="sm">{t('onboarding.open.noItems')}</Text>
            ) : (
              <List size="sm" spacing={2}>
                {open.slice(0, SHOWN_ITEMS).map((i) => (
                  <List.Item key={i.id}>{i.text}</List.Item>
                ))}
                {open.length > SHOWN_ITEMS ? <List.Item>{t('onboarding.open.more', { count: open.length - SHOWN_ITEMS })}</List.Item> : null}
              </List>
            )}
          </Stack>
        ) : null}
        <Stack gap={4}>
          <Title order={3} size="h5">
            {t('onboarding.open.sessions')}
          </Title>
          {sessions.length === 0 ? (
            <Text size="sm">{t('onboarding.open.noSessions')}</Text>
          ) : (
            <List size="sm" spacing={2}>
              {sessions.map((s) => (
                <List.Item key={s.id}>
                  <Anchor component={Link} to="/agenda" size="sm">
                    {s.title}
                  </Anchor>{' '}
                  · {formatDateTime(s.startsAt, i18n.language)} · {s.leergang.name}
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
        <Stack gap={4}>
          <Title order={3} size="h5">
            {t('onboarding.open.assignments')}
          </Title>
          {assignments.length === 0 ? (
            <Text size="sm">{t('onboarding.open.noAssignments')}</Text>
          ) : (
            <List size="sm" spacing={2}>
              {assignments.map((s) => (
                <List.Item key={s.id}>
                  <Anchor component={Link} to={`/opdrachten/${s.assignment.id}`} size="sm">
                    {s.assignment.title}
                  </Anchor>{' '}
                  · {t('onboarding.open.due', { date: formatDate(s.assignment.dueOn, i18n.language) })}
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      </Stack>
    </Card>
  );
}
