import { Fragment } from 'react';
import { Route } from 'react-router';
import { IntervisieGroupRoute, IntervisieGroupsRoute, PairingRoute } from '@/features/mentoring/routes/lazy-routes';
import { RequireMenu } from '../guards';

/**
 * Routes of maatje pairings with their log, and intervisie groups. Called as a
 * function inside <Routes>. The pairing list is a tab of the Starters page
 * (/starters?tab=koppelingen, onboarding); a starter opens their own pairing
 * from Mijn inwerkperiode, so the pairing page asks only for a signed-in
 * viewer and the server decides.
 */
export function mentoringRoutes() {
  return (
    <Fragment>
      <Route path="starters/koppelingen/:id" element={<RequireMenu menuKey="home"><PairingRoute /></RequireMenu>} />
      <Route path="intervisie" element={<RequireMenu menuKey="intervisie"><IntervisieGroupsRoute /></RequireMenu>} />
      <Route path="intervisie/:id" element={<RequireMenu menuKey="intervisie"><IntervisieGroupRoute /></RequireMenu>} />
    </Fragment>
  );
}
