/** The calendar's views, by the names the URL uses (?weergave=maand). */
export const VIEWS = { maand: 'dayGridMonth', week: 'timeGridWeek', lijst: 'listMonth' } as const;
export type ViewName = keyof typeof VIEWS;

export function isViewName(value: string | null): value is ViewName {
  return value !== null && Object.hasOwn(VIEWS, value);
}

/** The URL name of a FullCalendar view type; the month for anything else. */
export function viewNameOf(type: string): ViewName {
  const found = (Object.keys(VIEWS) as ViewName[]).find((name) => VIEWS[name] === type);
  return found ?? 'maand';
}
