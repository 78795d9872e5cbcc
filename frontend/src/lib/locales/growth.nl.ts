// Dutch texts of scans, growth charts, intake and leervragen.
export const growthNl = {
  title: 'growth',
};
