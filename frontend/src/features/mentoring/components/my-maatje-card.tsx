import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { formatDate } from '@/lib/format';
import { MentoringMyMaatjeQuery } from '../api/my-maatje';

/**
 * The starter's maatje with contact details and the next meeting, for
 * "Mijn inwerkperiode". Owned by the mentoring feature.
 */
export function MyMaatjeCard() {
  const { t, i18n } = useTranslation();
  const [{ data, error }] = useQuery({ query: MentoringMyMaatjeQuery, requestPolicy: 'cache-and-network' });
  if (error || !data) return null;
  const p = data.myMaatjePairing;
  return (
    <Card withBorder component="section" aria-labelledby="my-maatje-title">
      <Stack gap={6}>
        <Title order={2} size="h4" id="my-maatje-title">
          {t('mentoring.card.maatjeTitle')}
        </Title>
        {!p ? (
          <Text c="dimmed">{t('mentoring.card.noMaatje')}</Text>
        ) : (
          <>
            <Text fw={600}>{p.maatje.name}</Text>
            <Text size="sm">{p.maatje.schools.join(', ')}</Text>
            {p.maatje.email ? (
              <Text size="sm">
                {t('mentoring.pairing.email')}: <Anchor href={`mailto:${p.maatje.email}`}>{p.maatje.email}</Anchor>
              </Text>
            ) : null}
            {p.maatje.phone ? (
              <Text size="sm">
                {t('mentoring.pairing.phone')}: <Anchor href={`tel:${p.maatje.phone.replace(/\s/g, '')}`}>{p.maatje.phone}</Anchor>
              </Text>
            ) : null}
            <Text size="sm">
              {p.nextMeetingOn ? t('mentoring.card.nextMeeting', { date: formatDate(p.nextMeetingOn, i18n.language) }) : t('mentoring.card.noNextMeeting')}
            </Text>
            <Anchor component={Link} to={`/starters/koppelingen/${p.id}`}>
              {t('mentoring.card.openPairing')}
            </Anchor>
          </>
        )}
      </Stack>
    </Card>
  );
}
