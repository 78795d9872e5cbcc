import type { praktijkNl } from './praktijk.nl';

// English texts of the praktijkopdrachten feature, typed against the Dutch ones.
export const praktijkEn: typeof praktijkNl = {
  title: 'Assignments',
};
