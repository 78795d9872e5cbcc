import type { leergangenNl } from './leergangen.nl';

// English texts of the leergangen feature, typed against the Dutch ones.
export const leergangenEn: typeof leergangenNl = {
  title: 'Programmes',
};
