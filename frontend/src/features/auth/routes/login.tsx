import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { Page } from '@/components/page';
import { useViewerState } from '@/lib/auth';
import { RETURN_PARAM, safeReturnPath } from '@/lib/navigation';
import { LoginForm } from '../components/login-form';

export default function LoginRoute() {
  const { t } = useTranslation();
  const { viewer, refresh } = useViewerState();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnTo = safeReturnPath(params.get(RETURN_PARAM));

  if (viewer) return <Navigate to={returnTo} replace />;

  const onSuccess = async () => {
    await refresh();
    await navigate(returnTo, { replace: true });
  };

  return (
    <Page title={t('auth.loginTitle')}>
      <Stack gap="md">
        <Text c="dimmed">{t('auth.loginIntro')}</Text>
        <LoginForm onSuccess={onSuccess} />
        <Text size="sm" c="dimmed">
          {t('auth.noAccount')}
        </Text>
      </Stack>
    </Page>
  );
}
