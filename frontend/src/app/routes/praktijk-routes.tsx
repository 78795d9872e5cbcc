import { Fragment } from 'react';

/**
 * Routes of the praktijkopdrachten feature (assignments, submissions with
 * resumable uploads, video feedback). Called as a function inside <Routes>.
 */
export function praktijkRoutes() {
  return <Fragment />;
}
