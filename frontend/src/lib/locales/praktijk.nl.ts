// Dutch texts of the praktijkopdrachten feature; praktijk.en.ts must have the same keys.
export const praktijkNl = {
  title: 'Praktijkopdrachten',
};
