import { Alert, Button, Text } from '@mantine/core';
import type { CombinedError } from '@urql/core';
import { useTranslation } from 'react-i18next';
import { requestIdOf } from '@/lib/errors';

/** An inline notice that a list or detail could not be loaded, with a retry button. */
export function QueryError({ error, onRetry }: { error: CombinedError; onRetry?: () => void }) {
  const { t } = useTranslation();
  const requestId = requestIdOf(error);
  return (
    <Alert color="red" title={t('common.loadError')} role="alert">
      {error.networkError ? <Text size="sm">{t('errors.network')}</Text> : null}
      {requestId ? <Text size="sm">{t('errors.requestId', { id: requestId })}</Text> : null}
      {onRetry ? (
        <Button mt="sm" size="xs" variant="white" color="red" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      ) : null}
    </Alert>
  );
}
