import { lazy } from 'react';

// Each screen of the frameworks feature is its own chunk.
export const FrameworksRoute = lazy(() => import('./frameworks'));
export const FrameworkDetailRoute = lazy(() => import('./framework-detail'));
