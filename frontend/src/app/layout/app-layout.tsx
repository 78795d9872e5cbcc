import { AppShell, Burger, Button, Group, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLogout } from '@tabler/icons-react';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useMutation } from 'urql';
import { ErrorBoundary } from '@/components/error-boundary';
import { PageLoader } from '@/components/loading';
import { LogoutMutation } from '@/features/auth/api/logout';
import { useViewer } from '@/lib/auth';
import { LOGIN_PATH } from '@/lib/navigation';
import { LanguageSwitch } from './language-switch';
import { NavMenu } from './nav-menu';

/** The signed-in frame: header, menu, and the page in <main>. */
export function AppLayout() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { pathname } = useLocation();
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  const [, logout] = useMutation(LogoutMutation);
  const [loggingOut, setLoggingOut] = useState(false);

  const onLogout = async () => {
    setLoggingOut(true);
    await logout({});
    // A full load drops every cached answer of this session.
    window.location.assign(LOGIN_PATH);
  };

  return (
    <>
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding={{ base: 'md', sm: 'lg' }}
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={navOpened}
                onClick={toggleNav}
                hiddenFrom="sm"
                size="sm"
                aria-label={t('app.toggleNav')}
                aria-expanded={navOpened}
                aria-controls="app-navbar"
              />
              <UnstyledButton component={Link} to="/" fw={700} fz="xl" c="blue.8">
                {t('app.name')}
              </UnstyledButton>
            </Group>
            <Group gap="sm" wrap="nowrap">
              <Text size="sm" visibleFrom="xs" truncate maw={220}>
                {viewer.person.name}
              </Text>
              <LanguageSwitch />
              <Button
                variant="subtle"
                size="sm"
                leftSection={<IconLogout size={18} aria-hidden />}
                onClick={() => void onLogout()}
                loading={loggingOut}
              >
                {t('app.logout')}
              </Button>
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="sm" id="app-navbar" component="div">
          <NavMenu menu={viewer.menu} onNavigate={closeNav} />
        </AppShell.Navbar>
        <AppShell.Main id="main" tabIndex={-1}>
          <ErrorBoundary resetKey={pathname}>
            <Suspense fallback={<PageLoader />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </AppShell.Main>
      </AppShell>
    </>
  );
}
