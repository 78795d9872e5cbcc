import { Fragment } from 'react';
import { Route } from 'react-router';
import {
  AssignmentDetailRoute,
  AssignmentEditRoute,
  AssignmentNewRoute,
  AssignmentsRoute,
  SubmissionReviewRoute,
} from '@/features/praktijkopdrachten/routes/lazy-routes';
import { RequireMenu } from '../guards';

/**
 * Routes of the praktijkopdrachten feature (assignments, submissions with
 * resumable uploads, video feedback). Called as a function inside <Routes>.
 * Who may define or review an assignment is decided on the pages (and by the server).
 */
export function praktijkRoutes() {
  return (
    <Fragment>
      <Route path="opdrachten" element={<RequireMenu menuKey="assignments"><AssignmentsRoute /></RequireMenu>} />
      <Route path="opdrachten/nieuw" element={<RequireMenu menuKey="assignments"><AssignmentNewRoute /></RequireMenu>} />
      <Route path="opdrachten/:id" element={<RequireMenu menuKey="assignments"><AssignmentDetailRoute /></RequireMenu>} />
      <Route path="opdrachten/:id/bewerken" element={<RequireMenu menuKey="assignments"><AssignmentEditRoute /></RequireMenu>} />
      <Route
        path="opdrachten/:id/inzendingen/:submissionId"
        element={<RequireMenu menuKey="assignments"><SubmissionReviewRoute /></RequireMenu>}
      />
    </Fragment>
  );
}
