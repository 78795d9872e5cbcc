import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { IntervisieGroupsQuery } from '../api/intervisie';
import { meetingWhen, nextMeeting } from './meeting-time';

/**
 * The viewer's intervisie group(s) and next meeting, for "Mijn inwerkperiode".
 * Owned by the mentoring feature.
 */
export function MyIntervisieCard() {
  const { t, i18n } = useTranslation();
  const [{ data, error }] = useQuery({ query: IntervisieGroupsQuery, requestPolicy: 'cache-and-network' });
  if (error || !data) return null;
  const groups = data.intervisieGroups;
  return (
    <Card withBorder component="section" aria-labelledby="my-intervisie-title">
      <Stack gap={6}>
        <Title order={2} size="h4" id="my-intervisie-title">
          {t('mentoring.card.intervisieTitle')}
        </Title>
        {groups.length === 0 ? <Text c="dimmed">{t('mentoring.card.noIntervisie')}</Text> : null}
        {groups.map((g) => {
          const next = nextMeeting(g.meetings);
          return (
            <Stack key={g.id} gap={2}>
              <Anchor component={Link} to={`/intervisie/${g.id}`} fw={600}>
                {g.name}
              </Anchor>
              <Text size="sm">
                {next
                  ? t('mentoring.card.nextIntervisie', { date: meetingWhen(next.startsAt, next.endsAt, i18n.language) })
                  : t('mentoring.card.noNextIntervisie')}
              </Text>
              {next?.location ? <Text size="sm" c="dimmed">{next.location}</Text> : null}
            </Stack>
          );
        })}
      </Stack>
    </Card>
  );
}
