import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { IntervisieMyMeetingsQuery } from '@/features/mentoring/api/intervisie';
import { meetingWhen } from '@/features/mentoring/components/meeting-time';

/** The server answers at most 100 days at a time. */
const MAX_WINDOW_MS = 100 * 24 * 60 * 60 * 1000;

/**
 * The viewer's intervisie meetings (as member or facilitator) in the period
 * the calendar shows, as a list under it; cancelled ones stay, marked.
 */
export function IntervisieMeetings({ from, to }: { from: string; to: string }) {
  const { t, i18n } = useTranslation();
  const start = new Date(from).getTime();
  const end = Math.min(new Date(to).getTime(), start + MAX_WINDOW_MS);
  const [{ data }] = useQuery({
    query: IntervisieMyMeetingsQuery,
    variables: { from: new Date(start).toISOString(), to: new Date(end).toISOString() },
    pause: !from || !to || Number.isNaN(start),
    requestPolicy: 'cache-and-network',
  });
  const meetings = data?.myIntervisieMeetings ?? [];
  if (meetings.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="agenda-intervisie">
      <Title order={2} size="h4" id="agenda-intervisie">
        {t('mentoring.intervisie.agendaTitle')}
      </Title>
      <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {meetings.map((m) => (
          <Card key={m.id} withBorder component="li" padding="sm">
            <Group gap="xs">
              <Anchor component={Link} to={`/intervisie/${m.groupId}`} fw={600}>
                {m.groupName}
              </Anchor>
              <Text size="sm">{meetingWhen(m.startsAt, m.endsAt, i18n.language)}</Text>
              {m.location ? <Text size="sm" c="dimmed">{m.location}</Text> : null}
              {m.cancelledAt ? <Badge color="red" variant="light">{t('mentoring.intervisie.cancelled')}</Badge> : null}
            </Group>
          </Card>
        ))}
      </Stack>
    </Stack>
  );
}
