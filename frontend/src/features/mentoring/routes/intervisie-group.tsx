import { Alert, Anchor, Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconCalendarPlus, IconLock, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { DetailSkeleton } from '@/components/loading';
import { MessagePage } from '@/components/message-page';
import { Page } from '@/components/page';
import { QueryError } from '@/components/query-error';
import { useViewer } from '@/lib/auth';
import { hasErrorCode } from '@/lib/errors';
import { IntervisieGroupQuery } from '../api/intervisie';
import { AttendanceRegister } from '../components/attendance-register';
import { CancelMeetingDialog } from '../components/cancel-meeting-dialog';
import { GroupForm } from '../components/group-form';
import { MeetingForm } from '../components/meeting-form';
import { meetingWhen } from '../components/meeting-time';

const CONTEXT = { additionalTypenames: ['IntervisieGroup', 'IntervisieMeeting'] };

/** /intervisie/:id: members, meetings with method and summary, planning and the attendance register. */
export default function IntervisieGroupRoute() {
  const { t, i18n } = useTranslation();
  const viewer = useViewer();
  const { id = '' } = useParams();
  const [editingGroup, setEditingGroup] = useState(false);
  const [planning, setPlanning] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState<string | null>(null);
  // When the page opened: meetings that started by then get the attendance register.
  const [now] = useState(() => Date.now());
  const [{ data, fetching, error }, reexecute] = useQuery({ query: IntervisieGroupQuery, variables: { id }, requestPolicy: 'cache-and-network', context: CONTEXT });

  if (hasErrorCode(error, 'FORBIDDEN')) {
    return <MessagePage title={t('errors.noAccessTitle')} message={t('mentoring.intervisie.forbidden')} icon={<IconLock size={28} />} />;
  }
  if (hasErrorCode(error, 'NOT_FOUND')) {
    return <MessagePage title={t('errors.notFoundTitle')} message={t('mentoring.intervisie.notFound')} />;
  }
  const back = (
    <Anchor component={Link} to="/intervisie" size="sm">
      <IconArrowLeft size={14} aria-hidden /> {t('mentoring.intervisie.back')}
    </Anchor>
  );
  const g = data?.intervisieGroup;
  if (!g) {
    return (
      <Page title={t('mentoring.intervisie.title')} before={back}>
        {error ? <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
        {fetching ? <DetailSkeleton /> : null}
      </Page>
    );
  }
  const editingMeeting = g.meetings.find((m) => m.id === editing);

  return (
    <Page
      title={g.name}
      before={back}
      actions={
        g.canManage ? (
          <>
            <Button variant="default" leftSection={<IconPencil size={18} aria-hidden />} onClick={() => setEditingGroup(true)}>
              {t('mentoring.intervisie.editTitle')}
            </Button>
            <Button leftSection={<IconCalendarPlus size={18} aria-hidden />} onClick={() => setPlanning(true)}>
              {t('mentoring.intervisie.plan')}
            </Button>
          </>
        ) : null
      }
    >
      {g.description ? <Text>{g.description}</Text> : null}
      <Text c="dimmed">
        {[g.organisationName, g.facilitatorName ? `${t('mentoring.intervisie.facilitator')}: ${g.facilitatorName}` : null, g.leergangName]
          .filter(Boolean)
          .join(' · ')}
      </Text>

      <Stack gap="xs" component="section" aria-labelledby="group-members">
        <Title order={2} size="h3" id="group-members">
          {t('mentoring.intervisie.members')}
        </Title>
        <List>
          {g.members.map((m) => (
            <List.Item key={m.personId}>
              {m.name}
              {m.schools.length ? ` (${m.schools.join(', ')})` : ''}
            </List.Item>
          ))}
        </List>
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="group-meetings">
        <Title order={2} size="h3" id="group-meetings">
          {t('mentoring.intervisie.meetings')}
        </Title>
        {g.meetings.length === 0 ? <Text c="dimmed">{t('mentoring.intervisie.noMeetings')}</Text> : null}
        {g.meetings.map((m) => {
          const started = new Date(m.startsAt).getTime() <= now;
          const mine = m.attendance.find((a) => a.personId === viewer.person.id);
          return (
            <Card key={m.id} withBorder component="article" aria-labelledby={`meeting-${m.id}`}>
              <Stack gap="xs">
                <Group justify="space-between">
                  <Group gap="xs">
                    <Title order={3} size="h5" id={`meeting-${m.id}`}>
                      {meetingWhen(m.startsAt, m.endsAt, i18n.language)}
                    </Title>
                    {m.cancelledAt ? <Badge color="red" variant="light">{t('mentoring.intervisie.cancelled')}</Badge> : null}
                    {m.method ? <Badge variant="outline" tt="none">{m.method}</Badge> : null}
                  </Group>
                  {g.canManage && !m.cancelledAt ? (
                    <Group gap="xs">
                      <Button size="xs" variant="subtle" onClick={() => setEditing(m.id)}>
                        {t('mentoring.intervisie.editMeeting')}
                      </Button>
                      {!started ? (
                        <Button size="xs" variant="subtle" color="red" onClick={() => setCancelling(m.id)}>
                          {t('mentoring.intervisie.cancelMeeting')}
                        </Button>
                      ) : null}
                    </Group>
                  ) : null}
                </Group>
                {m.location ? <Text size="sm">{m.location}</Text> : null}
                {m.onlineUrl ? (
                  <Anchor href={m.onlineUrl} target="_blank" rel="noreferrer" size="sm">
                    {m.onlineUrl}
                  </Anchor>
                ) : null}
                {m.cancelledAt ? <Alert color="red">{t('mentoring.intervisie.cancelledReason', { reason: m.cancelReason })}</Alert> : null}
                {m.summary ? (
                  <div>
                    <Text size="sm" fw={600}>
                      {t('mentoring.intervisie.summary')}
                    </Text>
                    <Text style={{ whiteSpace: 'pre-wrap' }}>{m.summary}</Text>
                  </div>
                ) : null}
                {g.canManage && started && !m.cancelledAt ? (
                  <AttendanceRegister meetingId={m.id} members={g.members} attendance={m.attendance} />
                ) : null}
                {!g.canManage && mine ? (
                  <Text size="sm">
                    {t('mentoring.intervisie.myAttendance')}: {t(`mentoring.intervisie.status.${mine.status}`)}
                    {mine.minutes ? ` (${mine.minutes} min)` : ''}
                  </Text>
                ) : null}
              </Stack>
            </Card>
          );
        })}
      </Stack>

      {g.canManage ? (
        <>
          <MeetingForm opened={planning} onClose={() => setPlanning(false)} groupId={g.id} />
          {editingMeeting ? <MeetingForm opened onClose={() => setEditing(null)} groupId={g.id} meeting={editingMeeting} /> : null}
          <CancelMeetingDialog meetingId={cancelling} onClose={() => setCancelling(null)} />
          <GroupForm
            opened={editingGroup}
            onClose={() => setEditingGroup(false)}
            groupId={g.id}
            chooseOrganisation={false}
            initial={{
              organisationId: g.organisationId,
              name: g.name,
              description: g.description,
              facilitatorId: g.facilitatorId,
              leergangId: g.leergangId,
              memberIds: g.members.map((m) => m.personId),
            }}
          />
        </>
      ) : null}
    </Page>
  );
}
