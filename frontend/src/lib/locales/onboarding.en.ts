import type { onboardingNl } from './onboarding.nl';

// English texts of onboarding checklists, their templates and Mijn inwerkperiode, typed against the Dutch ones.
export const onboardingEn: typeof onboardingNl = {
  title: 'onboarding',
};
