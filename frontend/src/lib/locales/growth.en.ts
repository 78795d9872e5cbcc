import type { growthNl } from './growth.nl';

// English texts of scans, growth charts, intake and leervragen, typed against the Dutch ones.
export const growthEn: typeof growthNl = {
  title: 'growth',
};
