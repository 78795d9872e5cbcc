import { Button, Stack, Text } from '@mantine/core';
import { IconMailOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { DetailSkeleton } from '@/components/loading';
import { MessagePage } from '@/components/message-page';
import { Page } from '@/components/page';
import { QueryError } from '@/components/query-error';
import { useViewerState } from '@/lib/auth';
import { hasErrorCode } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { LOGIN_PATH } from '@/lib/navigation';
import { notifySuccess } from '@/lib/notify';
import { InvitationQuery } from '../api/invitation';
import { SetPasswordForm } from '../components/set-password-form';

export default function InvitationRoute() {
  const { t, i18n } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const { refresh } = useViewerState();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: InvitationQuery, variables: { token } });

  if (hasErrorCode(error, 'NOT_FOUND') || hasErrorCode(error, 'BAD_USER_INPUT')) {
    return (
      <MessagePage
        title={t('invitation.notFoundTitle')}
        message={t('invitation.notFoundText')}
        icon={<IconMailOff size={28} />}
        action={
          <Button component={Link} to={LOGIN_PATH} variant="light">
            {t('invitation.toLogin')}
          </Button>
        }
      />
    );
  }

  const onSuccess = async () => {
    await refresh();
    notifySuccess(t('invitation.welcome'));
    await navigate('/', { replace: true });
  };

  return (
    <Page title={t('invitation.title')}>
      {fetching && !data ? <DetailSkeleton /> : null}
      {error && !data ? <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
      {data ? (
        <Stack gap="md">
          <Text>{t('invitation.intro', { name: data.invitation.name, email: data.invitation.email })}</Text>
          <Text size="sm" c="dimmed">
            {t('invitation.expires', { date: formatDateTime(data.invitation.expiresAt, i18n.language) })}
          </Text>
          <SetPasswordForm token={token} onSuccess={onSuccess} />
        </Stack>
      ) : null}
    </Page>
  );
}
