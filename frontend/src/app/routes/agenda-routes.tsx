import { Fragment, lazy } from 'react';
import { Route } from 'react-router';
import { RequireMenu } from '../guards';

// Each screen is its own chunk: the calendar (FullCalendar) loads only on /agenda.
const screens = {
  Agenda: lazy(() => import('@/features/agenda/routes/agenda')),
  SessionDetail: lazy(() => import('@/features/sessions/routes/session-detail')),
  Hours: lazy(() => import('@/features/hours/routes/hours')),
};

/**
 * Routes of the agenda feature (calendar, session detail with attendance and
 * evaluation, hours). Called as a function inside <Routes>.
 */
export function agendaRoutes() {
  return (
    <Fragment>
      <Route path="agenda" element={<RequireMenu menuKey="agenda"><screens.Agenda /></RequireMenu>} />
      {/* Anyone signed in may open a session they can see; the server decides. */}
      <Route path="sessies/:id" element={<RequireMenu menuKey="home"><screens.SessionDetail /></RequireMenu>} />
      <Route path="uren" element={<RequireMenu menuKey="hours"><screens.Hours /></RequireMenu>} />
    </Fragment>
  );
}
