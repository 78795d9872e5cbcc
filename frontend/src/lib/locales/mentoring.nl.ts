// Dutch texts of maatje pairings with their log, and intervisie groups.
export const mentoringNl = {
  title: 'mentoring',
};
