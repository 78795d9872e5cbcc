import { Fragment } from 'react';

/** Routes of the progress dashboards of directie, bestuur and opleider, exports and certificates. Called as a function inside <Routes>. */
export function dashboardRoutes() {
  return <Fragment />;
}
