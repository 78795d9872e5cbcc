import './session-calendar.css';
import type { DatesSetArg, EventClickArg, EventContentArg, EventDropArg, EventMountArg } from '@fullcalendar/core';
import enGbLocale from '@fullcalendar/core/locales/en-gb';
import nlLocale from '@fullcalendar/core/locales/nl';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TIME_ZONE, formatTimeRange } from './amsterdam-time';
import { VIEWS, viewNameOf } from './calendar-views';
import type { ViewName } from './calendar-views';
import { namedTimeZonePlugin } from './named-time-zone-plugin';
import { sessionPath, toCalendarEvents } from './calendar-events';
import type { AgendaEventProps, AgendaSession } from './calendar-events';

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
  view: ViewName;
  /** The day to open on, YYYY-MM-DD (Amsterdam); today when empty. */
  initialDate?: string;
  onRangeChange: (range: { from: string; to: string; view: ViewName; date: string }) => void;
  onOpen: (session: AgendaSession) => void;
  onMove: (request: MoveRequest) => void;
}

function sessionOf(props: Record<string, unknown>): AgendaSession {
  return (props as unknown as AgendaEventProps).session;
}

/** YYYY-MM-DD of an instant in Dutch time. */
function amsterdamDay(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/** "09:00–12:30 Groep 1, bijeenkomst 3 (Opbrengstgericht …)": an event's accessible name and tooltip. */
function useEventLabel(): (session: AgendaSession) => string {
  const { t, i18n } = useTranslation();
  return (session) => {
    const values = {
      time: formatTimeRange(session.startsAt, session.endsAt, i18n.language),
      title: session.title,
      leergang: session.leergang.name,
    };
    const label = session.cancelledAt ? t('agenda.eventLabelCancelled', values) : t('agenda.eventLabel', values);
    return session.holidays.length > 0 ? `${label}. ${t('agenda.holiday')}` : label;
  };
}

function spansDays(session: AgendaSession): boolean {
  return amsterdamDay(new Date(session.startsAt)) !== amsterdamDay(new Date(session.endsAt));
}

function EventContent({ arg }: { arg: EventContentArg }) {
  const { t, i18n } = useTranslation();
  const labelOf = useEventLabel();
  const session = sessionOf(arg.event.extendedProps);
  const cancelled = Boolean(session.cancelledAt);
  const list = arg.view.type.startsWith('list');
  const holidays = session.holidays.map((h) => h.message).join('\n');
  const title = <span className="agenda-event-title">{arg.event.title}</span>;
  return (
    <span className="agenda-event">
      {list || spansDays(session) ? (
        // FullCalendar would cut a tweedaagse at midnight (or the grid's edge); show its whole span instead.
        <span className="agenda-event-time agenda-event-time-span">{formatTimeRange(session.startsAt, session.endsAt, i18n.language)}</span>
      ) : arg.timeText ? (
        <span className="agenda-event-time">{arg.timeText}</span>
      ) : null}
      {list ? (
        // With custom content the list view renders no link of its own: keep the row reachable by keyboard.
        <a href={sessionPath(session.id)} className="agenda-list-link" aria-label={labelOf(session)}>
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
 */
export function SessionCalendar({ sessions, view, initialDate, onRangeChange, onOpen, onMove }: SessionCalendarProps) {
  const { t, i18n } = useTranslation();
  const dutch = i18n.language.startsWith('nl');
  const events = useMemo(() => toCalendarEvents(sessions), [sessions]);
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
    const label = labelOf(sessionOf(arg.event.extendedProps));
    arg.el.setAttribute('title', label);
    // In the month and week views the event itself is the link (the list view's link has its label already).
    if (arg.el.tagName === 'A') arg.el.setAttribute('aria-label', label);
  };

  const handleClick = (arg: EventClickArg) => {
    arg.jsEvent.preventDefault();
    onOpen(sessionOf(arg.event.extendedProps));
  };

  const handleDrop = (arg: EventDropArg) => {
    const { start, end } = arg.event;
    const session = sessionOf(arg.event.extendedProps);
    if (!start) {
      arg.revert();
      return;
    }
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
