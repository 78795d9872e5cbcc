import { Alert, Badge, Button, Card, CopyButton, Group, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy, IconLink, IconLinkOff, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { QueryError } from '@/components/query-error';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { AgendaCalendarFeedQuery } from '../api/calendar-feed';
import { AgendaRenewCalendarFeedMutation } from '../api/renew-calendar-feed';
import { AgendaRevokeCalendarFeedMutation } from '../api/revoke-calendar-feed';
import { formatMoment } from './amsterdam-time';

/**
 * The private calendar feed on the profile page: create or renew the secret link
 * (shown once), or revoke it.
 */
export function CalendarFeedCard() {
  const { t, i18n } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: AgendaCalendarFeedQuery, requestPolicy: 'cache-and-network' });
  const [{ fetching: renewing }, renew] = useMutation(AgendaRenewCalendarFeedMutation);
  const [{ fetching: revoking }, revoke] = useMutation(AgendaRevokeCalendarFeedMutation);
  // The URL only comes with the answer to renew; it is never shown again.
  const [freshUrl, setFreshUrl] = useState<string | null>(null);
  const [confirmRevoke, setConfirmRevoke] = useState(false);
  const feed = data?.calendarFeed;

  const onRenew = async () => {
    const result = await renew({});
    if (result.error) {
      showMutationError(result.error);
      return;
    }
    setFreshUrl(result.data?.renewCalendarFeed.feed.url ?? null);
    notifySuccess(t('agenda.feed.renewed'));
  };

  const onRevoke = async () => {
    const result = await revoke({});
    setConfirmRevoke(false);
    if (result.error) {
      showMutationError(result.error);
      return;
    }
    setFreshUrl(null);
    notifySuccess(t('agenda.feed.revoked'));
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="profile-calendar-feed">
      <Stack gap="md">
        <Group gap="sm">
          <Title order={2} size="h3" id="profile-calendar-feed">
            {t('agenda.feed.title')}
          </Title>
          {feed ? (
            <Badge color={feed.active ? 'green' : 'gray'} variant="light">
              {feed.active ? t('agenda.feed.active') : t('agenda.feed.inactive')}
            </Badge>
          ) : null}
        </Group>
        <Text size="sm" maw={720}>
          {t('agenda.feed.intro')}
        </Text>
        {error && !data ? <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
        {fetching && !data ? <Skeleton height={36} width={200} /> : null}
        {feed?.active && feed.createdAt ? (
          <Text size="sm" c="dimmed">
            {t('agenda.feed.activeSince', { date: formatMoment(feed.createdAt, i18n.language) })}
          </Text>
        ) : null}
        {freshUrl ? (
          <Stack gap="xs" maw={720}>
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <TextInput
                label={t('agenda.feed.url')}
                value={freshUrl}
                readOnly
                onFocus={(event) => event.currentTarget.select()}
                style={{ flex: 1 }}
              />
              <CopyButton value={freshUrl}>
                {({ copied, copy }) => (
                  <Button
                    variant={copied ? 'light' : 'default'}
                    color={copied ? 'green' : undefined}
                    leftSection={copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
                    onClick={copy}
                  >
                    {copied ? t('agenda.feed.copied') : t('agenda.feed.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <Alert color="yellow" icon={<IconAlertTriangle size={20} aria-hidden />}>
              {t('agenda.feed.urlWarning')}
            </Alert>
          </Stack>
        ) : null}
        {feed ? (
          <Group gap="sm">
            <Button
              leftSection={feed.active ? <IconRefresh size={18} aria-hidden /> : <IconLink size={18} aria-hidden />}
              variant={feed.active ? 'default' : 'filled'}
              loading={renewing}
              onClick={() => void onRenew()}
            >
              {feed.active ? t('agenda.feed.renew') : t('agenda.feed.create')}
            </Button>
            {feed.active ? (
              <Button color="red" variant="light" leftSection={<IconLinkOff size={18} aria-hidden />} onClick={() => setConfirmRevoke(true)}>
                {t('agenda.feed.revoke')}
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Stack>
      <ConfirmDialog
        opened={confirmRevoke}
        title={t('agenda.feed.revokeTitle')}
        message={t('agenda.feed.revokeConfirm')}
        confirmLabel={t('agenda.feed.revoke')}
        danger
        loading={revoking}
        onConfirm={() => void onRevoke()}
        onClose={() => setConfirmRevoke(false)}
      />
    </Card>
  );
}
