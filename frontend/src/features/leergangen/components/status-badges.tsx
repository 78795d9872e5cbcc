import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LeergangStatus } from '@/gql/graphql';

const LEERGANG_COLORS: Record<LeergangStatus, string> = {
  CONCEPT: 'gray',
  LOPEND: 'green',
  AFGEROND: 'blue',
};

export function LeergangStatusBadge({ status }: { status: LeergangStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={LEERGANG_COLORS[status]} variant="light">
      {t(`leergangen.status.${status}`)}
    </Badge>
  );
}

/** Gepubliceerd, concept or geannuleerd. */
export function SessionStatusBadge({ published, cancelled }: { published: boolean; cancelled: boolean }) {
  const { t } = useTranslation();
  if (cancelled) {
    return (
      <Badge color="red" variant="light">
        {t('leergangen.sessionStatus.cancelled')}
      </Badge>
    );
  }
  return (
    <Badge color={published ? 'green' : 'gray'} variant="light">
      {published ? t('leergangen.sessionStatus.published') : t('leergangen.sessionStatus.concept')}
    </Badge>
  );
}
