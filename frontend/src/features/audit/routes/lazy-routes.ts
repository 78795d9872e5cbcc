import { lazy } from 'react';

// The audit log is its own chunk; only beheerders ever load it.
export const AuditLogRoute = lazy(() => import('./audit-log'));
