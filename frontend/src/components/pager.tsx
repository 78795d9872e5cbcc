import { Button, Group, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface PagerProps {
  pageIndex: number;
  pageSize: number;
  /** Items on the current page. */
  count: number;
  total: number;
  hasNextPage: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

/** "1–25 van 80" with Vorige/Volgende buttons. */
export function Pager({ pageIndex, pageSize, count, total, hasNextPage, onPrevious, onNext }: PagerProps) {
  const { t } = useTranslation();
  const from = pageIndex * pageSize + 1;
  const to = pageIndex * pageSize + count;
  return (
    <Group justify="space-between" component="nav" aria-label={t('common.pagination')}>
      <Text size="sm" c="dimmed" aria-live="polite">
        {count > 0 ? t('common.range', { from, to, total }) : t('common.rangeEmpty', { total })}
      </Text>
      <Group gap="xs">
        <Button variant="default" size="sm" leftSection={<IconChevronLeft size={16} aria-hidden />} disabled={pageIndex === 0} onClick={onPrevious}>
          {t('common.previous')}
        </Button>
        <Button variant="default" size="sm" rightSection={<IconChevronRight size={16} aria-hidden />} disabled={!hasNextPage} onClick={onNext}>
          {t('common.next')}
        </Button>
      </Group>
    </Group>
  );
}
