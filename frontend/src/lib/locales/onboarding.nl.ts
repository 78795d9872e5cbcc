// Dutch texts of onboarding checklists, their templates and Mijn inwerkperiode.
export const onboardingNl = {
  title: 'onboarding',
};
