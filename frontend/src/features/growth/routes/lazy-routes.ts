import { lazy } from 'react';

// Every screen of the growth feature is its own chunk; the charts (recharts)
// load only with the screens that draw them.
export const MyGrowthRoute = lazy(() => import('./my-growth'));
export const PersonGrowthRoute = lazy(() => import('./person-growth'));
export const ScanFormRoute = lazy(() => import('./scan-form'));
export const LeergangGrowthRoute = lazy(() => import('./leergang-growth'));
