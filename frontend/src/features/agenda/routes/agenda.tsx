import { Box, Group, Loader, Select, Text } from '@mantine/core';
import { IconHandMove, IconMessages } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { Page } from '@/components/page';
import { QueryError } from '@/components/query-error';
import { hasRole, useViewer } from '@/lib/auth';
import { IntervisieMyMeetingsQuery } from '@/features/mentoring/api/intervisie';
import { AgendaSessionsQuery } from '../api/agenda-sessions';
import { AgendaLeergangOptionsQuery } from '../api/leergang-options';
import { AgendaOpleiderOptionsQuery } from '../api/opleider-options';
import { intervisiePath, intervisieWindow, legendOf, sessionPath } from '../components/calendar-events';
import type { AgendaMeeting, AgendaSession } from '../components/calendar-events';
import { isViewName } from '../components/calendar-views';
import type { ViewName } from '../components/calendar-views';
import { SessionCalendar } from '../components/session-calendar';
import { useMoveSession } from '../components/use-move-session';

const SESSIONS_CONTEXT = { additionalTypenames: ['Session'] };
// Planning or cancelling a meeting in the intervisie area refreshes the calendar (also an empty answer).
const MEETINGS_CONTEXT = { additionalTypenames: ['IntervisieMeeting'] };
const NO_MEETINGS: readonly AgendaMeeting[] = [];
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

interface Range {
  from: string;
  to: string;
}

export default function AgendaRoute() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const beheerder = hasRole(viewer, 'BEHEERDER');
  // Opleiders and deelnemers see their own sessions; a beheerder everything, a
  // directie the sessions of their school's staff.
  const mine = !beheerder && (hasRole(viewer, 'OPLEIDER') || hasRole(viewer, 'DEELNEMER'));
  const canFilterLeergang = beheerder || hasRole(viewer, 'OPLEIDER') || hasRole(viewer, 'DIRECTIE');

  const viewParam = params.get('weergave');
  const dateParam = params.get('datum');
  const [initial] = useState(() => ({
    // On a phone the list reads better than a month grid.
    view: isViewName(viewParam) ? viewParam : window.matchMedia('(max-width: 600px)').matches ? 'lijst' : 'maand',
    date: dateParam && DATE_PATTERN.test(dateParam) ? dateParam : '',
  }));
  const leergangId = params.get('leergang');
  const opleiderId = beheerder ? params.get('opleider') : null;
  const [range, setRange] = useState<Range | null>(null);

  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AgendaSessionsQuery,
    variables: { from: range?.from ?? '', to: range?.to ?? '', leergangId, opleiderId, mine },
    pause: !range,
    requestPolicy: 'cache-and-network',
    context: useMemo(() => SESSIONS_CONTEXT, []),
  });
  // The viewer's own intervisie meetings in the visible period. A filter on a
  // leergang or an opleider is about sessions: the meetings step aside then.
  const filtered = Boolean(leergangId || opleiderId);
  const meetingsWindow = useMemo(() => (range ? intervisieWindow(range.from, range.to) : null), [range]);
  const [meetingsResult, reexecuteMeetings] = useQuery({
    query: IntervisieMyMeetingsQuery,
    variables: meetingsWindow ?? { from: '', to: '' },
    pause: !meetingsWindow || filtered,
    requestPolicy: 'cache-and-network',
    context: useMemo(() => MEETINGS_CONTEXT, []),
  });
  const [leergangOptions] = useQuery({ query: AgendaLeergangOptionsQuery, pause: !canFilterLeergang });
  const [opleiderOptions] = useQuery({ query: AgendaOpleiderOptionsQuery, pause: !beheerder });

  // Keep showing the last answer while the next period loads, so events do not flicker.
  const [shown, setShown] = useState<readonly AgendaSession[]>([]);
  if (data?.sessions && data.sessions !== shown) setShown(data.sessions);
  const sessions = data?.sessions ?? shown;
  const [shownMeetings, setShownMeetings] = useState<readonly AgendaMeeting[]>(NO_MEETINGS);
  const meetingsData = meetingsResult.data?.myIntervisieMeetings;
  if (meetingsData && meetingsData !== shownMeetings) setShownMeetings(meetingsData);
  const meetings = filtered ? NO_MEETINGS : (meetingsData ?? shownMeetings);
  const legend = useMemo(() => legendOf(sessions), [sessions]);
  const canDrag = sessions.some((s) => s.canManage && !s.cancelledAt);
  const onMove = useMoveSession();

  const setParam = (name: string, value: string | null) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  };

  const onRangeChange = (next: { from: string; to: string; view: ViewName; date: string }) => {
    setRange((current) => (current?.from === next.from && current.to === next.to ? current : { from: next.from, to: next.to }));
    setParams(
      (current) => {
        if (current.get('weergave') === next.view && current.get('datum') === next.date) return current;
        const updated = new URLSearchParams(current);
        updated.set('weergave', next.view);
        updated.set('datum', next.date);
        return updated;
      },
      { replace: true },
    );
  };

  return (
    <Page title={t('agenda.title')}>
      <Text c="dimmed" mt={-8}>
        {mine ? t('agenda.intro') : t('agenda.introAll')}
      </Text>
      {canFilterLeergang ? (
        <Group align="flex-end" gap="md" role="group" aria-label={t('agenda.filters')}>
          <Select
            label={t('agenda.leergang')}
            placeholder={t('agenda.allLeergangen')}
            clearable
            searchable
            value={leergangId}
            onChange={(value) => setParam('leergang', value)}
            data={(leergangOptions.data?.leergangen.nodes ?? []).map((l) => ({ value: l.id, label: l.name }))}
            w={{ base: '100%', sm: 340 }}
          />
          {beheerder ? (
            <Select
              label={t('agenda.opleider')}
              placeholder={t('agenda.allOpleiders')}
              clearable
              searchable
              value={opleiderId}
              onChange={(value) => setParam('opleider', value)}
              data={(opleiderOptions.data?.people.nodes ?? []).map((p) => ({ value: p.id, label: p.name }))}
              w={{ base: '100%', sm: 260 }}
            />
          ) : null}
        </Group>
      ) : null}

      {error ? <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
      {meetingsResult.error && !filtered ? (
        <QueryError error={meetingsResult.error} onRetry={() => reexecuteMeetings({ requestPolicy: 'network-only' })} />
      ) : null}

      <Group justify="space-between" gap="sm" mih={24}>
        {legend.length > 0 || meetings.length > 0 ? (
          <Group gap="md">
            {legend.length > 0 ? (
              <Group gap="md" component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('agenda.legend')}>
                {legend.map((l) => (
                  <Group key={l.id} component="li" gap={6} wrap="nowrap">
                    <span className="agenda-legend-swatch" style={{ background: l.colour }} aria-hidden />
                    <Text size="sm">{l.name}</Text>
                  </Group>
                ))}
              </Group>
            ) : null}
            {meetings.length > 0 ? (
              <Group gap={6} wrap="nowrap" data-testid="agenda-legend-intervisie">
                <span className="agenda-legend-intervisie" aria-hidden>
                  <IconMessages size={12} stroke={2} />
                </span>
                <Text size="sm">{t('agenda.intervisie.legend')}</Text>
              </Group>
            ) : null}
          </Group>
        ) : (
          <span />
        )}
        {fetching || meetingsResult.fetching ? <Loader size="sm" aria-label={t('app.loading')} /> : null}
      </Group>
      {canDrag ? (
        <Group gap={6} c="dimmed" mt={-8}>
          <IconHandMove size={16} aria-hidden />
          <Text size="sm">{meetings.length > 0 ? t('agenda.dragHintIntervisie') : t('agenda.dragHint')}</Text>
        </Group>
      ) : null}

      <Box aria-busy={fetching || meetingsResult.fetching}>
        <SessionCalendar
          sessions={sessions}
          meetings={meetings}
          view={initial.view}
          initialDate={initial.date}
          onRangeChange={onRangeChange}
          onOpen={(session) => void navigate(sessionPath(session.id))}
          onOpenMeeting={(meeting) => void navigate(intervisiePath(meeting.groupId))}
          onMove={(request) => void onMove(request)}
        />
      </Box>
    </Page>
  );
}
