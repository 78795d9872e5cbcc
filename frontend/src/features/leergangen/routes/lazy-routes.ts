import { lazy } from 'react';

// Every screen of the leergangen feature is its own chunk, so the first load stays small.
// (A .ts file: the route list in app/routes stays free of component declarations.)
export const LeergangenRoute = lazy(() => import('./leergangen'));
export const LeergangNewRoute = lazy(() => import('./leergang-new'));
export const LeergangDetailRoute = lazy(() => import('./leergang-detail'));
export const LeergangEditRoute = lazy(() => import('./leergang-edit'));
export const SessionNewRoute = lazy(() => import('./session-new'));
export const SessionEditRoute = lazy(() => import('./session-edit'));
export const YearPlanningRoute = lazy(() => import('./year-planning'));
