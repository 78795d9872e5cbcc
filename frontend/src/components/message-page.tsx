import { Button, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '@/lib/use-page-title';

interface MessagePageProps {
  title: string;
  message: ReactNode;
  icon?: ReactNode;
  /** Replaces the default "Naar de startpagina" button. */
  action?: ReactNode;
}

/** A page that only explains something: not found, no access, an unknown invitation. */
export function MessagePage({ title, message, icon, action }: MessagePageProps) {
  const { t } = useTranslation();
  usePageTitle(title);
  return (
    <Stack align="flex-start" gap="md" maw={640} py="xl">
      {icon ? (
        <ThemeIcon size={48} radius="xl" variant="light" color="gray" aria-hidden>
          {icon}
        </ThemeIcon>
      ) : null}
      <Title order={1} fz={{ base: 26, sm: 30 }}>
        {title}
      </Title>
      <Text size="lg">{message}</Text>
      <Group>
        {action ?? (
          <Button component={Link} to="/" variant="light">
            {t('errors.toHome')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return <MessagePage title={t('errors.notFoundTitle')} message={t('errors.notFoundText')} />;
}

export function NoAccessPage({ message }: { message?: string }) {
  const { t } = useTranslation();
  return <MessagePage title={t('errors.noAccessTitle')} message={message ?? t('errors.noAccessText')} />;
}
