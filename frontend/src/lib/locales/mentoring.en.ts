import type { mentoringNl } from './mentoring.nl';

// English texts of maatje pairings with their log, and intervisie groups, typed against the Dutch ones.
export const mentoringEn: typeof mentoringNl = {
  title: 'mentoring',
};
