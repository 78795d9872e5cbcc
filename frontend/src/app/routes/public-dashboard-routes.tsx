import { Fragment } from 'react';

/** Public routes of the dashboard feature (certificate verification), outside the login. */
export function publicDashboardRoutes() {
  return <Fragment />;
}
