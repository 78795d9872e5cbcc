import { Alert, Badge } from '@mantine/core';
import { IconBulb } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Marks a shipped framework whose aspects are examples to replace. */
export function ExampleBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="yellow" variant="light" title={t('frameworks.exampleText')}>
      {t('frameworks.exampleBadge')}
    </Badge>
  );
}

export function ExampleNotice() {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" icon={<IconBulb size={18} aria-hidden />} title={t('frameworks.exampleBadge')}>
      {t('frameworks.exampleText')}
    </Alert>
  );
}
