import { Fragment } from 'react';

/**
 * Routes of the agenda feature (calendar, session detail with attendance and
 * evaluation, hours). Called as a function inside <Routes>.
 */
export function agendaRoutes() {
  return <Fragment />;
}
