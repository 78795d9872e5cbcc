import { Fragment } from 'react';
import { Route } from 'react-router';
import { CertificateCheckRoute } from '@/features/dashboard/routes/lazy-routes';

/** Public routes of the dashboard feature (certificate verification), outside the login. */
export function publicDashboardRoutes() {
  return (
    <Fragment>
      <Route path="/certificaat/:code" element={<CertificateCheckRoute />} />
    </Fragment>
  );
}
