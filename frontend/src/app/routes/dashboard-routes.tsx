import { Fragment } from 'react';
import { Route } from 'react-router';
import {
  DashboardRoute,
  GroupOverviewRoute,
  PersonProgressRoute,
  SchoolProgressRoute,
} from '@/features/dashboard/routes/lazy-routes';
import { RequireMenu } from '../guards';

/** Routes of the progress dashboards of directie, bestuur and opleider, exports and certificates. Called as a function inside <Routes>. */
export function dashboardRoutes() {
  return (
    <Fragment>
      <Route path="voortgang" element={<RequireMenu menuKey="dashboard"><DashboardRoute /></RequireMenu>} />
      <Route path="voortgang/scholen/:id" element={<RequireMenu menuKey="dashboard"><SchoolProgressRoute /></RequireMenu>} />
      <Route path="voortgang/mensen/:id" element={<RequireMenu menuKey="dashboard"><PersonProgressRoute /></RequireMenu>} />
      <Route path="leergangen/:id/overzicht" element={<RequireMenu menuKey="dashboard"><GroupOverviewRoute /></RequireMenu>} />
    </Fragment>
  );
}
