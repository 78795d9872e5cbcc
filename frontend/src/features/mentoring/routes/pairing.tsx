import { Alert, Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { DetailSkeleton } from '@/components/loading';
import { MessagePage } from '@/components/message-page';
import { Page } from '@/components/page';
import { QueryError } from '@/components/query-error';
import { useViewer } from '@/lib/auth';
import { hasErrorCode } from '@/lib/errors';
import { formatDate } from '@/lib/format';
import { MentoringPairingQuery } from '../api/pairing';
import { ClosePairingForm } from '../components/close-pairing-form';
import { LogEntries } from '../components/log-entries';
import { PartyCard } from '../components/party-card';

const CONTEXT = { additionalTypenames: ['MentorPairing', 'MentorLogEntry'] };

/**
 * /starters/koppelingen/:id: both parties with contact details, the period,
 * the shared log and the closing evaluations. A directie or bestuur sees the
 * restricted view: that they met and how often, never the log.
 */
export default function PairingRoute() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const viewer = useViewer();
  const { id = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MentoringPairingQuery, variables: { id }, requestPolicy: 'cache-and-network', context: CONTEXT });

  if (hasErrorCode(error, 'FORBIDDEN')) {
    return <MessagePage title={t('errors.noAccessTitle')} message={t('mentoring.pairing.forbidden')} icon={<IconLock size={28} />} />;
  }
  if (hasErrorCode(error, 'NOT_FOUND')) {
    return <MessagePage title={t('errors.notFoundTitle')} message={t('mentoring.pairing.notFound')} />;
  }
  const back = viewer.menu.includes('starters') ? (
    <Anchor component={Link} to="/starters?tab=koppelingen" size="sm">
      <IconArrowLeft size={14} aria-hidden /> {t('mentoring.pairing.back')}
    </Anchor>
  ) : null;
  const p = data?.mentorPairing;
  if (!p) {
    return (
      <Page title={t('mentoring.pairings.title')} before={back}>
        {error ? <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
        {fetching ? <DetailSkeleton /> : null}
      </Page>
    );
  }
  const myEvaluation = p.evaluations?.some((e) => e.personId === viewer.person.id) ?? false;
  const closeMode = p.isParty ? (p.closedAt ? (myEvaluation ? null : 'evaluate') : 'close') : p.canManage && !p.closedAt ? 'manage' : null;

  return (
    <Page
      title={t('mentoring.pairing.title', { starter: p.starter.name, maatje: p.maatje.name })}
      before={back}
      titleExtra={
        <Badge color={p.closedAt ? 'gray' : 'green'} variant="light">
          {p.closedAt ? t('mentoring.pairings.closed') : t('mentoring.pairings.open')}
        </Badge>
      }
    >
      <Card withBorder component="section" aria-labelledby="pairing-summary">
        <Title order={2} size="h4" id="pairing-summary" mb="xs">
          {t('mentoring.pairing.summary')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} component="dl" spacing="xs" m={0}>
          <div>
            <Text component="dt" size="sm" c="dimmed">{t('mentoring.pairings.period')}</Text>
            <Text component="dd" m={0}>{t('mentoring.pairings.periodValue', { from: formatDate(p.startsOn, lang), to: formatDate(p.endsOn, lang) })}</Text>
          </div>
          <div>
            <Text component="dt" size="sm" c="dimmed">{t('mentoring.pairings.meetings')}</Text>
            <Text component="dd" m={0} data-testid="meeting-count">{t('mentoring.pairings.meetingCount', { count: p.meetingCount })}</Text>
          </div>
          <div>
            <Text component="dt" size="sm" c="dimmed">{t('mentoring.pairings.lastMeeting')}</Text>
            <Text component="dd" m={0}>{p.lastMeetingOn ? formatDate(p.lastMeetingOn, lang) : t('mentoring.pairings.none')}</Text>
          </div>
          {p.nextMeetingOn ? (
            <div>
              <Text component="dt" size="sm" c="dimmed">{t('mentoring.pairing.nextMeeting')}</Text>
              <Text component="dd" m={0}>{formatDate(p.nextMeetingOn, lang)}</Text>
            </div>
          ) : null}
        </SimpleGrid>
        {p.reason ? (
          <Text size="sm" mt="sm">
            <Text span fw={600}>{t('mentoring.pairing.reason')}:</Text> {p.reason}
          </Text>
        ) : null}
        {p.closedAt ? (
          <Text size="sm" mt="xs">
            {t('mentoring.pairing.closedOn', { date: formatDate(p.closedAt, lang) })} · {t('mentoring.close.evaluationCount', { count: p.evaluationCount })}
          </Text>
        ) : null}
      </Card>

      <SimpleGrid cols={{ base: 1, sm: 2 }} aria-label={t('mentoring.pairing.parties')} role="group">
        <PartyCard role={t('mentoring.pairings.starter')} party={p.starter} />
        <PartyCard role={t('mentoring.pairings.maatje')} party={p.maatje} />
      </SimpleGrid>

      {p.log ? (
        <Stack gap="sm" component="section" aria-labelledby="pairing-log">
          <Title order={2} size="h3" id="pairing-log">
            {t('mentoring.log.title')}
          </Title>
          <Text c="dimmed">{t('mentoring.log.intro')}</Text>
          <LogEntries pairingId={p.id} entries={p.log} canAdd={p.isParty} />
        </Stack>
      ) : (
        <Alert color="blue" icon={<IconLock size={18} aria-hidden />}>
          {t('mentoring.pairing.restricted')}
        </Alert>
      )}

      {p.evaluations && p.evaluations.length > 0 ? (
        <Stack gap="xs" component="section" aria-labelledby="pairing-evaluations">
          <Title order={2} size="h3" id="pairing-evaluations">
            {t('mentoring.close.evaluations')}
          </Title>
          {p.evaluations.map((e) => (
            <Card key={e.personId} withBorder>
              <Group gap="xs">
                <Text fw={600}>{e.personName}</Text>
                <Badge variant="light">{t('mentoring.close.ratingValue', { rating: e.rating })}</Badge>
              </Group>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{e.evaluation}</Text>
            </Card>
          ))}
        </Stack>
      ) : null}

      {closeMode ? (
        <Stack gap="xs" component="section" aria-labelledby="pairing-close">
          <Title order={2} size="h3" id="pairing-close">
            {closeMode === 'evaluate' ? t('mentoring.close.evaluate') : t('mentoring.close.title')}
          </Title>
          <ClosePairingForm pairingId={p.id} mode={closeMode} />
        </Stack>
      ) : null}
    </Page>
  );
}
