import type { dashboardNl } from './dashboard.nl';

// English texts of the progress dashboards of directie, bestuur and opleider, exports and certificates, typed against the Dutch ones.
export const dashboardEn: typeof dashboardNl = {
  title: 'dashboard',
};
