import { Fragment } from 'react';
import { Route } from 'react-router';
import { FrameworkDetailRoute, FrameworksRoute } from '@/features/frameworks/routes/lazy-routes';
import { RequireMenu } from '../guards';

/**
 * Routes of competency frameworks (list, editor, CSV/XLSX import and export).
 * Called as a function inside <Routes>. The menu key is academy staff's; who
 * may edit is decided per framework (canEdit) and by the server.
 */
export function frameworksRoutes() {
  return (
    <Fragment>
      <Route path="kaders" element={<RequireMenu menuKey="frameworks"><FrameworksRoute /></RequireMenu>} />
      <Route path="kaders/:id" element={<RequireMenu menuKey="frameworks"><FrameworkDetailRoute /></RequireMenu>} />
    </Fragment>
  );
}
