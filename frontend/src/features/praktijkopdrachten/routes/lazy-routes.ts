import { lazy } from 'react';

// Every screen of the praktijkopdrachten feature is its own chunk; tus-js-client
// and the video review load only with the screens that use them.
export const AssignmentsRoute = lazy(() => import('./assignments'));
export const AssignmentNewRoute = lazy(() => import('./assignment-new'));
export const AssignmentDetailRoute = lazy(() => import('./assignment-detail'));
export const AssignmentEditRoute = lazy(() => import('./assignment-edit'));
export const SubmissionReviewRoute = lazy(() => import('./submission-review'));
