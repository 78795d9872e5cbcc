import { Fragment } from 'react';

/** Routes of maatje pairings with their log, and intervisie groups. Called as a function inside <Routes>. */
export function mentoringRoutes() {
  return <Fragment />;
}
