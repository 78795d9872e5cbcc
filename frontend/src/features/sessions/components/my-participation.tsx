import { Badge, Button, Card, Divider, Group, Rating, Stack, Text, Title } from '@mantine/core';
import { IconCalendarOff, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceStatus, SessionDetailFieldsFragment } from '@/gql/graphql';
import { AbsenceForm } from './absence-form';
import { EvaluationForm } from './evaluation-form';
import { formatMoment } from './session-time';

const STATUS_COLOURS: Record<AttendanceStatus, string> = {
  AANWEZIG: 'green',
  AFWEZIG_MET_BERICHT: 'orange',
  AFWEZIG_ZONDER_BERICHT: 'red',
  GEDEELTELIJK: 'yellow',
};

export function AttendanceBadge({ status }: { status: AttendanceStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOURS[status]} variant="light" size="lg">
      {t(`agenda.attendance.${status}`)}
    </Badge>
  );
}

function AbsenceSection({ session }: { session: SessionDetailFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const report = session.myAbsenceReport;
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('agenda.absence.title')}
      </Title>
      {report && !editing ? (
        <>
          <Text>{t('agenda.absence.reported', { date: formatMoment(report.reportedAt, i18n.language), reason: report.reason })}</Text>
          <Group>
            <Button variant="default" leftSection={<IconPencil size={18} aria-hidden />} onClick={() => setEditing(true)}>
              {t('agenda.absence.change')}
            </Button>
          </Group>
        </>
      ) : null}
      {!report && !editing ? (
        <>
          <Text size="sm" c="dimmed">
            {t('agenda.absence.intro')}
          </Text>
          <Group>
            <Button variant="light" color="orange" leftSection={<IconCalendarOff size={18} aria-hidden />} onClick={() => setEditing(true)}>
              {t('agenda.absence.submit')}
            </Button>
          </Group>
        </>
      ) : null}
      {editing ? (
        <AbsenceForm
          sessionId={session.id}
          initialReason={report?.reason}
          onDone={() => setEditing(false)}
          onCancel={() => setEditing(false)}
        />
      ) : null}
    </Stack>
  );
}

function EvaluationSection({ session }: { session: SessionDetailFieldsFragment }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const mine = session.myEvaluation;
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('agenda.evaluation.title')}
      </Title>
      {mine && !editing ? (
        <Stack gap="xs" aria-label={t('agenda.evaluation.mine')} role="group">
          <Text fw={500}>{t('agenda.evaluation.mine')}</Text>
          <Group gap="sm">
            <Rating value={mine.rating} readOnly aria-hidden />
            <Text>{t('agenda.evaluation.ratingLabel', { value: mine.rating })}</Text>
          </Group>
          <Text size="sm">
            <Text span fw={600}>
              {t('agenda.evaluation.topsList')}:
            </Text>{' '}
            {mine.tops || t('agenda.evaluation.none')}
          </Text>
          <Text size="sm">
            <Text span fw={600}>
              {t('agenda.evaluation.tipsList')}:
            </Text>{' '}
            {mine.tips || t('agenda.evaluation.none')}
          </Text>
          <Group>
            <Button variant="default" leftSection={<IconPencil size={18} aria-hidden />} onClick={() => setEditing(true)}>
              {t('agenda.evaluation.change')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t('agenda.evaluation.intro')}
          </Text>
          <EvaluationForm
            sessionId={session.id}
            initial={mine ? { rating: mine.rating, tops: mine.tops, tips: mine.tips } : undefined}
            onDone={() => setEditing(false)}
            onCancel={mine ? () => setEditing(false) : undefined}
          />
        </>
      )}
    </Stack>
  );
}

/** A deelnemer's own side of a session: attendance, reporting absence, evaluating. */
export function MyParticipation({ session, now }: { session: SessionDetailFieldsFragment; now: number }) {
  const { t, i18n } = useTranslation();
  const cancelled = Boolean(session.cancelledAt);
  const started = now >= new Date(session.startsAt).getTime();
  const ended = now >= new Date(session.endsAt).getTime();
  const attendance = session.myAttendance;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="mine-title">
      <Stack gap="md">
        <Title order={2} size="h3" id="mine-title">
          {t('agenda.mine.title')}
        </Title>
        {(started && !cancelled) || attendance ? (
          <Group gap="sm">
            <Text fw={500}>{t('agenda.mine.status')}:</Text>
            {attendance ? (
              <>
                <AttendanceBadge status={attendance.status} />
                {attendance.status === 'GEDEELTELIJK' && attendance.minutes !== null ? (
                  <Text size="sm">{t('agenda.mine.minutes', { minutes: attendance.minutes })}</Text>
                ) : null}
              </>
            ) : (
              <Text c="dimmed">{t('agenda.mine.notYet')}</Text>
            )}
          </Group>
        ) : null}
        {!cancelled && !started ? <AbsenceSection session={session} /> : null}
        {!cancelled && started && !ended && session.myAbsenceReport ? (
          <Text>{t('agenda.absence.reported', { date: formatMoment(session.myAbsenceReport.reportedAt, i18n.language), reason: session.myAbsenceReport.reason })}</Text>
        ) : null}
        {!cancelled && ended ? (
          <>
            {started ? <Divider /> : null}
            <EvaluationSection session={session} />
          </>
        ) : null}
        {!cancelled && !ended ? (
          <Text size="sm" c="dimmed">
            {t('agenda.evaluation.notYet')}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}
