import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonStatus } from '@/gql/graphql';

const STATUS_COLORS: Record<PersonStatus, string> = {
  INVITED: 'yellow',
  ACTIVE: 'green',
  DISABLED: 'gray',
};

export function StatusBadge({ status }: { status: PersonStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light">
      {t(`status.${status}`)}
    </Badge>
  );
}

export function StarterBadge({ short = false }: { short?: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color="teal" variant="light">
      {short ? t('people.starter') : t('people.starterBadge')}
    </Badge>
  );
}
