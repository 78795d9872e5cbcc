import { Fragment } from 'react';
import { Route } from 'react-router';
import { AuditLogRoute } from '@/features/audit/routes/lazy-routes';
import { RequireMenu } from '../guards';

/**
 * Routes of the audit log (beheerders). The AVG export and erasure live on
 * the person's page. Called as a function inside <Routes>.
 */
export function auditRoutes() {
  return (
    <Fragment>
      <Route path="audit" element={<RequireMenu menuKey="audit"><AuditLogRoute /></RequireMenu>} />
    </Fragment>
  );
}
