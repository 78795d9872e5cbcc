import { Fragment } from 'react';

/** Routes of scans, growth charts, intake and leervragen. Called as a function inside <Routes>. */
export function growthRoutes() {
  return <Fragment />;
}
