import { Badge, Card, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { CalendarFeedCard } from '@/features/agenda/components/calendar-feed-card';
import { useViewer } from '@/lib/auth';
import { ChangePasswordForm } from '../components/change-password-form';
import { ProfileForm } from '../components/profile-form';

export default function ProfileRoute() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { person } = viewer;
  return (
    <Page title={t('profile.title')}>
      <Group gap="xs" aria-label={t('profile.roles')}>
        {viewer.roles.map((role) => (
          <Badge key={role} variant="light">
            {t(`roles.${role}`)}
          </Badge>
        ))}
      </Group>
      <Card withBorder padding="lg" component="section" aria-labelledby="profile-details">
        <Stack gap="md">
          <Title order={2} size="h3" id="profile-details">
            {t('profile.details')}
          </Title>
          <ProfileForm key={person.id} name={person.name} phone={person.phone} email={person.email} />
        </Stack>
      </Card>
      <Card withBorder padding="lg" component="section" aria-labelledby="profile-password">
        <Stack gap="md">
          <Title order={2} size="h3" id="profile-password">
            {t('profile.changePassword')}
          </Title>
          <ChangePasswordForm />
        </Stack>
      </Card>
      <CalendarFeedCard />
    </Page>
  );
}
