import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { PageLoader } from '@/components/loading';
import { NoAccessPage } from '@/components/message-page';
import { QueryError } from '@/components/query-error';
import type { MenuKey } from '@/components/menu-items';
import type { Role } from '@/gql/graphql';
import { hasRole, useViewerState } from '@/lib/auth';
import { loginUrl } from '@/lib/navigation';

/** Anonymous visitors go to /inloggen, which brings them back here afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { viewer, loading, error, refresh } = useViewerState();
  const location = useLocation();
  if (loading) return <PageLoader />;
  if (error && !viewer) {
    return (
      <main id="main" style={{ padding: 24 }}>
        <QueryError error={error} onRetry={() => void refresh()} />
      </main>
    );
  }
  if (!viewer) {
    return <Navigate to={loginUrl(location.pathname + location.search)} replace />;
  }
  return children;
}

interface RequireMenuProps {
  /** The `viewer.menu` key this screen belongs to. */
  menuKey: MenuKey;
  /** An extra role this screen needs, e.g. BEHEERDER for the invite form. */
  role?: Role;
  children: ReactNode;
}

/** Shows "Geen toegang" when the server left this screen out of the viewer's menu. */
export function RequireMenu({ menuKey, role, children }: RequireMenuProps) {
  const { viewer } = useViewerState();
  if (!viewer || !viewer.menu.includes(menuKey) || (role && !hasRole(viewer, role))) {
    return <NoAccessPage />;
  }
  return children;
}
