import { Fragment } from 'react';
import { Route } from 'react-router';
import { InwerkperiodeRoute, StarterDetailRoute, StartersRoute } from '@/features/onboarding/routes/lazy-routes';
import { RequireMenu } from '../guards';

/**
 * Routes of onboarding checklists, their templates and Mijn inwerkperiode.
 * Called as a function inside <Routes>. What a viewer may change is decided
 * on the pages (and by the server).
 */
export function onboardingRoutes() {
  return (
    <Fragment>
      <Route path="inwerkperiode" element={<RequireMenu menuKey="inwerkperiode"><InwerkperiodeRoute /></RequireMenu>} />
      <Route path="starters" element={<RequireMenu menuKey="starters"><StartersRoute /></RequireMenu>} />
      <Route path="starters/:personId" element={<RequireMenu menuKey="starters"><StarterDetailRoute /></RequireMenu>} />
    </Fragment>
  );
}
