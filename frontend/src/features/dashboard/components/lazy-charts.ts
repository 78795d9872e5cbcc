import { lazy } from 'react';

// The charts (recharts) load in their own chunk, only on screens that draw
// them, so a directie's table does not wait for them.
export const StaffAttendanceChart = lazy(() => import('./progress-charts').then((m) => ({ default: m.StaffAttendanceChart })));
export const StaffHoursChart = lazy(() => import('./progress-charts').then((m) => ({ default: m.StaffHoursChart })));
export const SchoolsChart = lazy(() => import('./progress-charts').then((m) => ({ default: m.SchoolsChart })));
