export const TAB_OVERVIEW = 'overzicht';
export const TAB_SESSIONS = 'bijeenkomsten';
export const TAB_ATTENDANCE = 'opkomst';

export function leergangPath(leergangId: string): string {
  return `/leergangen/${encodeURIComponent(leergangId)}`;
}

/** The detail page with the Bijeenkomsten tab open: where session forms lead back to. */
export function sessionsTabPath(leergangId: string): string {
  return `${leergangPath(leergangId)}?tab=${TAB_SESSIONS}`;
}

/** The navigation state that makes the session list include a day, e.g. of a session just saved. */
export interface SessionsTabState {
  focusDate?: string;
}
