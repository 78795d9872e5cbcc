// Dutch texts of the progress dashboards of directie, bestuur and opleider, exports and certificates.
export const dashboardNl = {
  title: 'dashboard',
};
