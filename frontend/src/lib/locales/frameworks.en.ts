import type { frameworksNl } from './frameworks.nl';

// English texts of competency frameworks (list, editor, CSV/XLSX import and export), typed against the Dutch ones.
export const frameworksEn: typeof frameworksNl = {
  title: 'frameworks',
};
