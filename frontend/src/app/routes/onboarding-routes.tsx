import { Fragment } from 'react';

/** Routes of onboarding checklists, their templates and Mijn inwerkperiode. Called as a function inside <Routes>. */
export function onboardingRoutes() {
  return <Fragment />;
}
