import type { EventInput } from '@fullcalendar/core';
import type { AgendaSessionFieldsFragment, IntervisieMeetingFieldsFragment } from '@/gql/graphql';
import { leergangColour } from './leergang-colour';

export type AgendaSession = AgendaSessionFieldsFragment;
/** An intervisie meeting of the viewer (member or facilitator). */
export type AgendaMeeting = IntervisieMeetingFieldsFragment;

/** What is behind a calendar event, in its extendedProps: a session or an intervisie meeting. */
export type AgendaEventProps = { kind: 'session'; session: AgendaSession } | { kind: 'intervisie'; meeting: AgendaMeeting };

export const CANCELLED_CLASS = 'agenda-event-cancelled';
export const INTERVISIE_CLASS = 'agenda-event-intervisie';

/**
 * Intervisie meetings are light with a dark orange edge, where sessions are dark
 * with white text; the icon (and the word in the list view and the labels) tells
 * them apart without colour. Text on the background: contrast above 15:1.
 */
export const INTERVISIE_COLOURS = { background: '#fff4e6', border: '#c2410c', text: '#212529' } as const;
const CANCELLED_COLOURS = { background: '#f1f3f5', text: '#495057' } as const;

/** The server answers myIntervisieMeetings for at most 100 days at a time. */
export const MAX_INTERVISIE_WINDOW_MS = 100 * 24 * 60 * 60 * 1000;

/** The path of a session's detail page. */
export function sessionPath(id: string): string {
  return `/sessies/${encodeURIComponent(id)}`;
}

/**
 * One calendar event per session: coloured by leergang, struck through when
 * cancelled, draggable only when the viewer may manage it and it is not cancelled.
 */
export function toCalendarEvents(sessions: readonly AgendaSession[]): EventInput[] {
  return sessions.map((session) => {
    const colour = leergangColour(session.leergang.id);
    const cancelled = Boolean(session.cancelledAt);
    const props: AgendaEventProps = { kind: 'session', session };
    return {
      id: session.id,
      title: session.title,
      start: session.startsAt,
      end: session.endsAt,
      url: sessionPath(session.id),
      startEditable: session.canManage && !cancelled,
      durationEditable: false,
      backgroundColor: cancelled ? CANCELLED_COLOURS.background : colour,
      borderColor: colour,
      textColor: cancelled ? CANCELLED_COLOURS.text : '#ffffff',
      classNames: cancelled ? [CANCELLED_CLASS] : [],
      extendedProps: props,
    };
  });
}

/** The page an intervisie meeting opens: its group, with the meetings, attendance and summary. */
export function intervisiePath(groupId: string): string {
  return `/intervisie/${encodeURIComponent(groupId)}`;
}

/**
 * One calendar event per intervisie meeting: marked as intervisie, titled by its
 * group, struck through when cancelled, and never draggable (meetings are
 * planned in the intervisie area).
 */
export function toIntervisieEvents(meetings: readonly AgendaMeeting[]): EventInput[] {
  return meetings.map((meeting) => {
    const cancelled = Boolean(meeting.cancelledAt);
    const props: AgendaEventProps = { kind: 'intervisie', meeting };
    return {
      // Own prefix: a meeting's id never collides with a session's.
      id: `intervisie:${meeting.id}`,
      title: meeting.groupName,
      start: meeting.startsAt,
      end: meeting.endsAt,
      url: intervisiePath(meeting.groupId),
      editable: false,
      startEditable: false,
      durationEditable: false,
      backgroundColor: cancelled ? CANCELLED_COLOURS.background : INTERVISIE_COLOURS.background,
      borderColor: INTERVISIE_COLOURS.border,
      textColor: cancelled ? CANCELLED_COLOURS.text : INTERVISIE_COLOURS.text,
      classNames: cancelled ? [INTERVISIE_CLASS, CANCELLED_CLASS] : [INTERVISIE_CLASS],
      extendedProps: props,
    };
  });
}

/**
 * The period to ask intervisie meetings for: the calendar's visible range, cut
 * to the 100 days the server allows (every view of the agenda shows fewer).
 */
export function intervisieWindow(from: string, to: string): { from: string; to: string } | null {
  const start = new Date(from).getTime();
  const end = new Date(to).getTime();
  if (Number.isNaN(start) || Number.isNaN(end) || end <= start) return null;
  return { from: new Date(start).toISOString(), to: new Date(Math.min(end, start + MAX_INTERVISIE_WINDOW_MS)).toISOString() };
}

/** The leergangen among the sessions, by name, with their colour: the legend. */
export function legendOf(sessions: readonly AgendaSession[]): { id: string; name: string; colour: string }[] {
  const byId = new Map<string, { id: string; name: string; colour: string }>();
  for (const { leergang } of sessions) {
    if (!byId.has(leergang.id)) byId.set(leergang.id, { id: leergang.id, name: leergang.name, colour: leergangColour(leergang.id) });
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
