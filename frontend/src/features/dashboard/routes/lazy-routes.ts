import { lazy } from 'react';

// Every screen of the dashboards is its own chunk; the charts load only with them.
export const DashboardRoute = lazy(() => import('./dashboard'));
export const SchoolProgressRoute = lazy(() => import('./school'));
export const PersonProgressRoute = lazy(() => import('./person'));
export const GroupOverviewRoute = lazy(() => import('./group-overview'));
export const CertificateCheckRoute = lazy(() => import('./certificate-check'));
