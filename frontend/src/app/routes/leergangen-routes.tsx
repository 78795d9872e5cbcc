import { Fragment } from 'react';

/**
 * Routes of the leergangen feature (list, detail, forms, year planner).
 * Called as a function inside <Routes>, so it returns <Route> elements only.
 */
export function leergangenRoutes() {
  return <Fragment />;
}
