import type { EventInput } from '@fullcalendar/core';
import type { AgendaSessionFieldsFragment } from '@/gql/graphql';
import { leergangColour } from './leergang-colour';

export type AgendaSession = AgendaSessionFieldsFragment;

/** The session behind a calendar event, in its extendedProps. */
export interface AgendaEventProps {
  session: AgendaSession;
}

export const CANCELLED_CLASS = 'agenda-event-cancelled';

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
    const props: AgendaEventProps = { session };
    return {
      id: session.id,
      title: session.title,
      start: session.startsAt,
      end: session.endsAt,
      url: sessionPath(session.id),
      startEditable: session.canManage && !cancelled,
      durationEditable: false,
      backgroundColor: cancelled ? '#f1f3f5' : colour,
      borderColor: colour,
      textColor: cancelled ? '#495057' : '#ffffff',
      classNames: cancelled ? [CANCELLED_CLASS] : [],
      extendedProps: props,
    };
  });
}

/** The leergangen among the sessions, by name, with their colour: the legend. */
export function legendOf(sessions: readonly AgendaSession[]): { id: string; name: string; colour: string }[] {
  const byId = new Map<string, { id: string; name: string; colour: string }>();
  for (const { leergang } of sessions) {
    if (!byId.has(leergang.id)) byId.set(leergang.id, { id: leergang.id, name: leergang.name, colour: leergangColour(leergang.id) });
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
