import { Fragment } from 'react';

/** Routes of the audit log and AVG export and erasure. Called as a function inside <Routes>. */
export function auditRoutes() {
  return <Fragment />;
}
