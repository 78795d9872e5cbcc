// Dutch texts of the agenda feature; en: agenda.en.ts must have the same keys.
export const agendaNl = {
  title: 'Agenda',
};
