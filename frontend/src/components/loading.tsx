import { Center, Loader, Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A spinner for a whole page or a lazy route that is being loaded. */
export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl" aria-busy="true" aria-live="polite">
      <Loader aria-label={t('app.loading')} />
    </Center>
  );
}

/** Placeholder rows while a list loads for the first time. */
export function TableSkeleton({ rows = 5 }: { rows?: number }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" aria-busy="true" aria-label={t('app.loading')}>
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} height={36} radius="sm" />
      ))}
    </Stack>
  );
}

/** Placeholder for a detail page. */
export function DetailSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" aria-busy="true" aria-label={t('app.loading')}>
      <Skeleton height={34} width="40%" radius="sm" />
      <Skeleton height={18} width="70%" radius="sm" />
      <Skeleton height={18} width="60%" radius="sm" />
      <Skeleton height={18} width="65%" radius="sm" />
    </Stack>
  );
}
