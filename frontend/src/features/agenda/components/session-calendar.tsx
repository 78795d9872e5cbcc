import './session-calendar.css';
import type { DatesSetArg, EventClickArg, EventContentArg, EventDropArg, EventMountArg } from '@fullcalendar/core';
import enGbLocale from '@fullcalendar/core/locales/en-gb';
import nlLocale from '@fullcalendar/core/locales/nl';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { IconAlertTriangle, IconMessages } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TIME_ZONE, formatTimeRange } from './amsterdam-time';
import { VIEWS, viewNameOf } from './calendar-views';
import type { ViewName } from './calendar-views';
import { namedTimeZonePlugin } from './named-time-zone-plugin';
import { intervisiePath, sessionPath, toCalendarEvents, toIntervisieEvents } from './calendar-events';
import type { AgendaEventProps, AgendaMeeting, AgendaSession } from './calendar-events';

const PLUGINS = [dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin, namedTimeZonePlugin];

export interface MoveRequest {
  session: AgendaSession;
  startsAt: string;
  endsAt: string;
  /** Puts the event back where it was (the server refused). */
  revert: () => void;
}

interface SessionCalendarProps {
  sessions: readonly AgendaSession[];
  /** The viewer's intervisie meetings: shown among the sessions, never draggable. */
  meetings: readonly AgendaMeeting[];
  view: ViewName;
  /** The day to open on, YYYY-MM-DD (Amsterdam); today when empty. */
  initialDate?: string;
  onRangeChange: (range: { from: string; to: string; view: ViewName; date: string }) => void;
  onOpen: (session: AgendaSession) => void;
  onOpenMeeting: (meeting: AgendaMeeting) => void;
  onMove: (request: MoveRequest) => void;
}

function propsOf(props: Record<string, unknown>): AgendaEventProps {
  return props as unknown as AgendaEventProps;
}

/** YYYY-MM-DD of an instant in Dutch time. */
function amsterdamDay(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/**
 * An event's accessible name and tooltip: "09:00–12:30 Groep 1, bijeenkomst 3
 * (Opbrengstgericht …)", or "15:30–17:30 Intervisie: <group> (roddelmethode)".
 */
function useEventLabel(): (event: AgendaEventProps) => string {
  const { t, i18n } = useTranslation();
  return (event) => {
    if (event.kind === 'intervisie') {
      const { meeting } = event;
      const values = { time: formatTimeRange(meeting.startsAt, meeting.endsAt, i18n.language), group: meeting.groupName, method: meeting.method };
      const label = meeting.method ? t('agenda.intervisie.labelWithMethod', values) : t('agenda.intervisie.label', values);
      return meeting.cancelledAt ? t('agenda.intervisie.cancelledLabel', { label }) : label;
    }
    const { session } = event;
    const values = {
      time: formatTimeRange(session.startsAt, session.endsAt, i18n.language),
      title: session.title,
      leergang: session.leergang.name,
    };
    const label = session.cancelledAt ? t('agenda.eventLabelCancelled', values) : t('agenda.eventLabel', values);
    return session.holidays.length > 0 ? `${label}. ${t('agenda.holiday')}` : label;
  };
}

function spansDays(item: { startsAt: string; endsAt: string }): boolean {
  return amsterdamDay(new Date(item.startsAt)) !== amsterdamDay(new Date(item.endsAt));
}

function EventContent({ arg }: { arg: EventContentArg }) {
  const props = propsOf(arg.event.extendedProps);
  return props.kind === 'intervisie' ? <MeetingContent arg={arg} meeting={props.meeting} /> : <SessionContent arg={arg} session={props.session} />;
}

/** The time of an event: its whole span in the list view and over midnight, else FullCalendar's. */
function EventTime({ arg, item }: { arg: EventContentArg; item: { startsAt: string; endsAt: string } }) {
  const { i18n } = useTranslation();
  if (arg.view.type.startsWith('list') || spansDays(item)) {
    // FullCalendar would cut a tweedaagse at midnight (or the grid's edge); show its whole span instead.
    return <span className="agenda-event-time agenda-event-time-span">{formatTimeRange(item.startsAt, item.endsAt, i18n.language)}</span>;
  }
  return arg.timeText ? <span className="agenda-event-time">{arg.timeText}</span> : null;
}

/**
 * An intervisie meeting: the icon always (the word too in the list view), the
 * group, its method where there is room, and "Geannuleerd" when cancelled.
 */
function MeetingContent({ arg, meeting }: { arg: EventContentArg; meeting: AgendaMeeting }) {
  const { t } = useTranslation();
  const labelOf = useEventLabel();
  const list = arg.view.type.startsWith('list');
  const title = <span className="agenda-event-title">{arg.event.title}</span>;
  return (
    <span className="agenda-event">
      <EventTime arg={arg} item={meeting} />
      <span className="agenda-event-marker">
        <IconMessages size={14} stroke={2} aria-hidden />
        {list ? <span aria-hidden>{t('agenda.intervisie.marker')}</span> : null}
      </span>
      {list ? (
        <a href={intervisiePath(meeting.groupId)} className="agenda-list-link" aria-label={labelOf({ kind: 'intervisie', meeting })}>
          {title}
        </a>
      ) : (
        title
      )}
      {meeting.method && !arg.view.type.startsWith('dayGrid') ? (
        <span className="agenda-event-method" aria-hidden>
          {meeting.method}
        </span>
      ) : null}
      {meeting.cancelledAt ? <span className="agenda-event-badge">{t('agenda.cancelled')}</span> : null}
    </span>
  );
}

function SessionContent({ arg, session }: { arg: EventContentArg; session: AgendaSession }) {
  const { t } = useTranslation();
  const labelOf = useEventLabel();
  const cancelled = Boolean(session.cancelledAt);
  const list = arg.view.type.startsWith('list');
  const holidays = session.holidays.map((h) => h.message).join('\n');
  const title = <span className="agenda-event-title">{arg.event.title}</span>;
  return (
    <span className="agenda-event">
      <EventTime arg={arg} item={session} />
      {list ? (
        // With custom content the list view renders no link of its own: keep the row reachable by keyboard.
        <a href={sessionPath(session.id)} className="agenda-list-link" aria-label={labelOf({ kind: 'session', session })}>
          {title}
        </a>
      ) : (
        title
      )}
      {cancelled ? <span className="agenda-event-badge">{t('agenda.cancelled')}</span> : null}
      {holidays ? (
        <span className="agenda-event-holiday" title={holidays}>
          <IconAlertTriangle size={14} stroke={2} aria-hidden />
          <span className="agenda-visually-hidden">{t('agenda.holiday')}</span>
        </span>
      ) : null}
    </span>
  );
}

/**
 * FullCalendar with month, week and list views in Dutch time. Events link to
 * their session; those the viewer may manage can be dragged to another moment.
 * The viewer's intervisie meetings are events too, marked as such, linking to
 * their group and never draggable.
 */
export function SessionCalendar({ sessions, meetings, view, initialDate, onRangeChange, onOpen, onOpenMeeting, onMove }: SessionCalendarProps) {
  const { t, i18n } = useTranslation();
  const dutch = i18n.language.startsWith('nl');
  const events = useMemo(() => [...toCalendarEvents(sessions), ...toIntervisieEvents(meetings)], [sessions, meetings]);
  const labelOf = useEventLabel();

  const handleDatesSet = (arg: DatesSetArg) => {
    onRangeChange({
      from: arg.start.toISOString(),
      to: arg.end.toISOString(),
      view: viewNameOf(arg.view.type),
      date: amsterdamDay(arg.view.currentStart),
    });
  };

  const handleMount = (arg: EventMountArg) => {
    const label = labelOf(propsOf(arg.event.extendedProps));
    arg.el.setAttribute('title', label);
    // In the month and week views the event itself is the link (the list view's link has its label already).
    if (arg.el.tagName === 'A') arg.el.setAttribute('aria-label', label);
  };

  const handleClick = (arg: EventClickArg) => {
    arg.jsEvent.preventDefault();
    const props = propsOf(arg.event.extendedProps);
    if (props.kind === 'intervisie') onOpenMeeting(props.meeting);
    else onOpen(props.session);
  };

  const handleDrop = (arg: EventDropArg) => {
    const { start, end } = arg.event;
    const props = propsOf(arg.event.extendedProps);
    // Intervisie meetings are not draggable; should one be dropped all the same, it goes back.
    if (!start || props.kind !== 'session') {
      arg.revert();
      return;
    }
    const { session } = props;
    // A move keeps the length; FullCalendar leaves end empty when it equals the default.
    const length = new Date(session.endsAt).getTime() - new Date(session.startsAt).getTime();
    const newEnd = end ?? new Date(start.getTime() + length);
    onMove({ session, startsAt: start.toISOString(), endsAt: newEnd.toISOString(), revert: arg.revert });
  };

  return (
    <div className="agenda-calendar">
      <FullCalendar
        plugins={PLUGINS}
        initialView={VIEWS[view]}
        initialDate={initialDate || undefined}
        locale={dutch ? nlLocale : enGbLocale}
        timeZone={TIME_ZONE}
        firstDay={1}
        headerToolbar={{ left: 'prev,next today', center: 'title', right: 'dayGridMonth,timeGridWeek,listMonth' }}
        buttonText={{
          today: t('agenda.views.today'),
          month: t('agenda.views.month'),
          week: t('agenda.views.week'),
          list: t('agenda.views.list'),
        }}
        buttonHints={{ prev: t('agenda.hints.previous'), next: t('agenda.hints.next'), today: t('agenda.hints.today') }}
        viewHint={t('agenda.hints.view')}
        moreLinkHint={(count: number) => t('agenda.hints.more', { count })}
        moreLinkText={(count: number) => t('agenda.more', { count })}
        closeHint={t('agenda.hints.close')}
        timeHint={t('agenda.hints.time')}
        eventHint={t('agenda.hints.event')}
        noEventsText={t('agenda.noEvents')}
        eventTimeFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
        defaultRangeSeparator="–"
        slotLabelFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
        views={{
          timeGridWeek: { dayHeaderFormat: { weekday: 'short', day: 'numeric', month: 'numeric', omitCommas: true } },
          listMonth: { displayEventTime: false },
        }}
        slotMinTime="07:00:00"
        slotMaxTime="22:00:00"
        scrollTime="08:30:00"
        allDaySlot={false}
        nowIndicator
        height="auto"
        dayMaxEvents={4}
        eventDisplay="block"
        displayEventEnd
        events={events}
        editable={false}
        eventDurationEditable={false}
        eventContent={(arg) => <EventContent arg={arg} />}
        eventDidMount={handleMount}
        eventClick={handleClick}
        eventDrop={handleDrop}
        datesSet={handleDatesSet}
      />
    </div>
  );
}
