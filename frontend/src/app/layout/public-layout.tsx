import { Box, Center, Group, Paper, Text } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { ErrorBoundary } from '@/components/error-boundary';
import { PageLoader } from '@/components/loading';
import { LanguageSwitch } from './language-switch';

/** The frame of the pages without a session: login and invitation. */
export function PublicLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <Box mih="100vh" bg="gray.0">
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <Group justify="space-between" px="md" py="sm" component="header">
        <Text fw={700} fz="xl" c="blue.8">
          {t('app.name')}
        </Text>
        <LanguageSwitch />
      </Group>
      <Center component="main" id="main" tabIndex={-1} px="md" py="xl">
        <Paper withBorder shadow="sm" radius="md" p={{ base: 'lg', sm: 'xl' }} w="100%" maw={460}>
          <ErrorBoundary resetKey={pathname}>
            <Suspense fallback={<PageLoader />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </Paper>
      </Center>
    </Box>
  );
}
