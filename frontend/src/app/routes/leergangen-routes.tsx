import { Fragment } from 'react';
import { Route } from 'react-router';
import {
  LeergangDetailRoute,
  LeergangEditRoute,
  LeergangNewRoute,
  LeergangenRoute,
  SessionEditRoute,
  SessionNewRoute,
  YearPlanningRoute,
} from '@/features/leergangen/routes/lazy-routes';
import { RequireMenu } from '../guards';

/**
 * Routes of the leergangen feature (list, detail, forms, year planner).
 * Called as a function inside <Routes>, so it returns <Route> elements only.
 * Who may create or change a leergang is decided on the pages (and by the server).
 */
export function leergangenRoutes() {
  return (
    <Fragment>
      <Route path="leergangen" element={<RequireMenu menuKey="leergangen"><LeergangenRoute /></RequireMenu>} />
      <Route path="leergangen/nieuw" element={<RequireMenu menuKey="leergangen"><LeergangNewRoute /></RequireMenu>} />
      <Route path="leergangen/:id" element={<RequireMenu menuKey="leergangen"><LeergangDetailRoute /></RequireMenu>} />
      <Route path="leergangen/:id/bewerken" element={<RequireMenu menuKey="leergangen"><LeergangEditRoute /></RequireMenu>} />
      <Route path="leergangen/:id/jaarplanning" element={<RequireMenu menuKey="leergangen"><YearPlanningRoute /></RequireMenu>} />
      <Route path="leergangen/:id/sessies/nieuw" element={<RequireMenu menuKey="leergangen"><SessionNewRoute /></RequireMenu>} />
      <Route
        path="leergangen/:id/sessies/:sessionId/bewerken"
        element={<RequireMenu menuKey="leergangen"><SessionEditRoute /></RequireMenu>}
      />
    </Fragment>
  );
}
