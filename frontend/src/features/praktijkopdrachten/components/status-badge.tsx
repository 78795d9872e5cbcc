import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SubmissionStatus } from '@/gql/graphql';
import { STATUS_COLORS } from '../utils/status';

/** A submission's status; without one, "Nog niet begonnen". */
export function SubmissionStatusBadge({ status, size }: { status: SubmissionStatus | null; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  if (!status) {
    return (
      <Badge color="gray" variant="outline" size={size}>
        {t('praktijk.notStarted')}
      </Badge>
    );
  }
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" size={size}>
      {t(`praktijk.status.${status}`)}
    </Badge>
  );
}
