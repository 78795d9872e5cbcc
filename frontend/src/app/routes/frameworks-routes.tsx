import { Fragment } from 'react';

/** Routes of competency frameworks (list, editor, CSV/XLSX import and export). Called as a function inside <Routes>. */
export function frameworksRoutes() {
  return <Fragment />;
}
