import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { NotFoundPage } from '@/components/message-page';
import { RequireAuth, RequireMenu } from './guards';
import { AppLayout } from './layout/app-layout';
import { PublicLayout } from './layout/public-layout';
import { agendaRoutes } from './routes/agenda-routes';
import { leergangenRoutes } from './routes/leergangen-routes';
import { praktijkRoutes } from './routes/praktijk-routes';
import { frameworksRoutes } from './routes/frameworks-routes';
import { growthRoutes } from './routes/growth-routes';
import { dashboardRoutes } from './routes/dashboard-routes';
import { onboardingRoutes } from './routes/onboarding-routes';
import { mentoringRoutes } from './routes/mentoring-routes';
import { auditRoutes } from './routes/audit-routes';
import { publicDashboardRoutes } from './routes/public-dashboard-routes';

// Every screen is its own chunk, so the first load stays small.
const LoginRoute = lazy(() => import('@/features/auth/routes/login'));
const InvitationRoute = lazy(() => import('@/features/auth/routes/invitation'));
const HomeRoute = lazy(() => import('@/features/home/routes/home'));
const OrganisationsRoute = lazy(() => import('@/features/organisations/routes/organisations'));
const SchoolsRoute = lazy(() => import('@/features/schools/routes/schools'));
const SchoolNewRoute = lazy(() => import('@/features/schools/routes/school-new'));
const SchoolDetailRoute = lazy(() => import('@/features/schools/routes/school-detail'));
const PeopleRoute = lazy(() => import('@/features/people/routes/people'));
const PersonInviteRoute = lazy(() => import('@/features/people/routes/person-invite'));
const PersonDetailRoute = lazy(() => import('@/features/people/routes/person-detail'));
const OutboxRoute = lazy(() => import('@/features/outbox/routes/outbox'));
const ProfileRoute = lazy(() => import('@/features/profile/routes/profile'));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        <Route path="/inloggen" element={<LoginRoute />} />
        <Route path="/uitnodiging/:token" element={<InvitationRoute />} />
        {publicDashboardRoutes()}
      </Route>
      <Route
        element={
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        }
      >
        <Route index element={<RequireMenu menuKey="home"><HomeRoute /></RequireMenu>} />
        <Route path="organisaties" element={<RequireMenu menuKey="organisations"><OrganisationsRoute /></RequireMenu>} />
        <Route path="scholen" element={<RequireMenu menuKey="schools"><SchoolsRoute /></RequireMenu>} />
        <Route path="scholen/nieuw" element={<RequireMenu menuKey="schools" role="BEHEERDER"><SchoolNewRoute /></RequireMenu>} />
        <Route path="scholen/:id" element={<RequireMenu menuKey="schools"><SchoolDetailRoute /></RequireMenu>} />
        <Route path="mensen" element={<RequireMenu menuKey="people"><PeopleRoute /></RequireMenu>} />
        <Route path="mensen/uitnodigen" element={<RequireMenu menuKey="people" role="BEHEERDER"><PersonInviteRoute /></RequireMenu>} />
        <Route path="mensen/:id" element={<RequireMenu menuKey="people"><PersonDetailRoute /></RequireMenu>} />
        <Route path="postvak" element={<RequireMenu menuKey="outbox"><OutboxRoute /></RequireMenu>} />
        <Route path="profiel" element={<RequireMenu menuKey="profile"><ProfileRoute /></RequireMenu>} />
        {leergangenRoutes()}
        {agendaRoutes()}
        {praktijkRoutes()}
        {frameworksRoutes()}
        {growthRoutes()}
        {dashboardRoutes()}
        {onboardingRoutes()}
        {mentoringRoutes()}
        {auditRoutes()}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
