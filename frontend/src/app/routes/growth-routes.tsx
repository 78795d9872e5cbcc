import { Fragment } from 'react';
import { Route } from 'react-router';
import { LeergangGrowthRoute, MyGrowthRoute, PersonGrowthRoute, ScanFormRoute } from '@/features/growth/routes/lazy-routes';
import { RequireMenu } from '../guards';

/**
 * Routes of scans, growth charts, intake and leervragen. Called as a function inside <Routes>.
 * The scan form and one deelnemer's growth serve several roles (deelnemer,
 * opleider, maatje, directie, bestuur): the server's policy decides there, and
 * the pages show its FORBIDDEN as a no-access message.
 */
export function growthRoutes() {
  return (
    <Fragment>
      <Route path="groei" element={<RequireMenu menuKey="growth"><MyGrowthRoute /></RequireMenu>} />
      <Route path="groei/deelnemers/:personId" element={<RequireMenu menuKey="home"><PersonGrowthRoute /></RequireMenu>} />
      <Route path="groei/scan/:momentId" element={<RequireMenu menuKey="home"><ScanFormRoute /></RequireMenu>} />
      <Route path="leergangen/:id/groei" element={<RequireMenu menuKey="leergangen"><LeergangGrowthRoute /></RequireMenu>} />
    </Fragment>
  );
}
