import type { agendaNl } from './agenda.nl';

// English texts of the agenda feature, typed against the Dutch ones.
export const agendaEn: typeof agendaNl = {
  title: 'Calendar',
};
