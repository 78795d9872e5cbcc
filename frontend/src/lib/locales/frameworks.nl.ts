// Dutch texts of competency frameworks (list, editor, CSV/XLSX import and export).
export const frameworksNl = {
  title: 'frameworks',
};
