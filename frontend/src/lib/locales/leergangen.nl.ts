// Dutch texts of the leergangen feature; en: leergangen.en.ts must have the same keys.
export const leergangenNl = {
  title: 'Leergangen',
};
