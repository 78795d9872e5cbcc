import { Alert, Anchor, Badge, Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconCalendarPlus, IconExternalLink, IconLock, IconPencil, IconX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { DetailLoading } from '@/components/detail-loading';
import { MessagePage } from '@/components/message-page';
import { Page } from '@/components/page';
import type { SessionDetailFieldsFragment } from '@/gql/graphql';
import { hasRole, useViewer } from '@/lib/auth';
import { hasErrorCode } from '@/lib/errors';
import { SessionDetailQuery } from '../api/session-detail';
import { AttendanceRegister } from '../components/attendance-register';
import { EvaluationSummary } from '../components/evaluation-summary';
import { MyParticipation } from '../components/my-participation';
import { formatHours, formatSessionWhen } from '../components/session-time';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} fw={500}>
        {children}
      </Text>
    </div>
  );
}

function SessionFacts({ session }: { session: SessionDetailFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const none = t('common.none');
  const kind = t(`agenda.kinds.${session.kind}`);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0} spacing="md">
      <Fact label={t('agenda.session.when')}>{formatSessionWhen(session.startsAt, session.endsAt, i18n.language)}</Fact>
      <Fact label={t('agenda.session.kind')}>{session.dagdeel ? `${kind} (${t(`agenda.dagdelen.${session.dagdeel}`)})` : kind}</Fact>
      <Fact label={t('agenda.session.leergang')}>
        <Anchor component={Link} to={`/leergangen/${encodeURIComponent(session.leergang.id)}`} inherit>
          {session.leergang.name}
        </Anchor>
        {', '}
        {t('agenda.session.leerjaar', { number: session.leerjaar.number })}
      </Fact>
      <Fact label={t('agenda.session.location')}>
        {session.location || none}
        {session.onlineUrl ? (
          <>
            {session.location ? <br /> : null}
            <Anchor href={session.onlineUrl} target="_blank" rel="noopener noreferrer" inherit>
              {t('agenda.session.onlineLink')} <IconExternalLink size={14} aria-hidden />
            </Anchor>
          </>
        ) : null}
      </Fact>
      {session.opleiders.length > 0 ? (
        <Fact label={t('agenda.session.opleiders')}>{session.opleiders.map((o) => o.name).join(', ')}</Fact>
      ) : null}
      {session.praktijkPerson ? (
        <Fact label={t('agenda.session.praktijkPerson')}>{session.praktijkPerson.name}</Fact>
      ) : (
        <Fact label={t('agenda.session.groups')}>{session.groups.map((g) => g.name).join(', ') || none}</Fact>
      )}
      {session.theme ? <Fact label={t('agenda.session.theme')}>{session.theme}</Fact> : null}
      <Fact label={t('agenda.session.creditHours')}>{t('agenda.session.hours', { hours: formatHours(session.creditHours, i18n.language) })}</Fact>
      {session.canManage ? <Fact label={t('agenda.session.participants')}>{String(session.participantCount)}</Fact> : null}
    </SimpleGrid>
  );
}

export default function SessionDetailRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const viewer = useViewer();
  const [now] = useState(() => Date.now());
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: SessionDetailQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });

  if (hasErrorCode(error, 'FORBIDDEN')) {
    return <MessagePage title={t('errors.noAccessTitle')} message={t('agenda.session.forbidden')} icon={<IconLock size={28} />} />;
  }
  if (hasErrorCode(error, 'NOT_FOUND')) {
    return <MessagePage title={t('errors.notFoundTitle')} message={t('agenda.session.notFound')} />;
  }

  const back = viewer.menu.includes('agenda') ? (
    <Anchor component={Link} to="/agenda" size="sm">
      <IconArrowLeft size={14} aria-hidden /> {t('agenda.session.back')}
    </Anchor>
  ) : null;
  const session = data?.session;
  if (!session) {
    return <DetailLoading back={back} error={error} fetching={fetching} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  }

  const cancelled = Boolean(session.cancelledAt);
  const participant = hasRole(viewer, 'DEELNEMER') && !session.canManage;

  return (
    <Page
      title={session.title}
      before={back}
      titleExtra={
        <Group gap="xs">
          <Badge variant="light">{t(`agenda.kinds.${session.kind}`)}</Badge>
          {cancelled ? (
            <Badge color="red.9" variant="filled">
              {t('agenda.cancelled')}
            </Badge>
          ) : null}
          {!session.published ? (
            <Badge color="gray" variant="light">
              {t('agenda.session.unpublished')}
            </Badge>
          ) : null}
        </Group>
      }
      actions={
        <>
          {!cancelled ? (
            <Button
              component="a"
              href={`/sessions/${encodeURIComponent(session.id)}/ics`}
              download
              variant="default"
              leftSection={<IconCalendarPlus size={18} aria-hidden />}
            >
              {t('agenda.session.ics')}
            </Button>
          ) : null}
          {session.canManage ? (
            <Button
              component={Link}
              to={`/leergangen/${encodeURIComponent(session.leergang.id)}/sessies/${encodeURIComponent(session.id)}/bewerken`}
              leftSection={<IconPencil size={18} aria-hidden />}
            >
              {t('agenda.session.edit')}
            </Button>
          ) : null}
        </>
      }
    >
      {cancelled ? (
        <Alert color="red.9" variant="filled" icon={<IconX size={20} aria-hidden />} title={t('agenda.session.cancelledTitle')}>
          {session.cancelReason || t('agenda.session.cancelledNoReason')}
        </Alert>
      ) : null}
      {session.holidays.length > 0 ? (
        <Alert color="yellow" icon={<IconAlertTriangle size={20} aria-hidden />} title={t('agenda.session.holidaysTitle')}>
          <List size="sm" spacing={4}>
            {session.holidays.map((h, i) => (
              <List.Item key={i}>{h.message}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {!session.published && session.canManage ? (
        <Text size="sm" c="dimmed" mt={-8}>
          {t('agenda.session.unpublishedText')}
        </Text>
      ) : null}

      <Card withBorder padding="lg" component="section" aria-labelledby="session-details">
        <Stack gap="md">
          <Title order={2} size="h3" id="session-details">
            {t('agenda.session.details')}
          </Title>
          <SessionFacts session={session} />
          {session.description ? (
            <Stack gap={4}>
              <Title order={3} size="h5">
                {t('agenda.session.description')}
              </Title>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{session.description}</Text>
            </Stack>
          ) : null}
          <Stack gap={4}>
            <Title order={3} size="h5">
              {t('agenda.session.materials')}
            </Title>
            {session.materials.length > 0 ? (
              <List size="sm" spacing={4}>
                {session.materials.map((m, i) => (
                  <List.Item key={i}>
                    <Anchor href={m.url} target="_blank" rel="noopener noreferrer">
                      {m.label} <IconExternalLink size={14} aria-hidden />
                    </Anchor>
                  </List.Item>
                ))}
              </List>
            ) : (
              <Text size="sm" c="dimmed">
                {t('agenda.session.noMaterials')}
              </Text>
            )}
          </Stack>
        </Stack>
      </Card>

      {participant && (!cancelled || session.myAttendance) ? <MyParticipation session={session} now={now} /> : null}
      {session.canManage ? <AttendanceRegister session={session} now={now} /> : null}
      {session.canManage && !cancelled ? <EvaluationSummary sessionId={session.id} /> : null}
    </Page>
  );
}
