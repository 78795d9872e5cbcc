import { Alert, Anchor, Group, List, Loader, Text } from '@mantine/core';
import { IconAlertTriangle, IconBeach, IconCircleCheck } from '@tabler/icons-react';
import type { CombinedError } from '@urql/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCheckTexts } from './use-check-texts';
import type { ConflictLike, HolidayLike } from './use-check-texts';

interface SessionCheckAlertsProps {
  conflicts: readonly ConflictLike[];
  holidays: readonly HolidayLike[];
  checking: boolean;
  /** A complete date and time was checked at least once. */
  checked: boolean;
  error?: CombinedError;
  /** A CONFLICT the server gave on saving, shown even when the live check missed it. */
  saveConflict?: string | null;
}

/** Red for clashes (saving is refused), yellow for school holidays (only a warning). */
export function SessionCheckAlerts({ conflicts, holidays, checking, checked, error, saveConflict }: SessionCheckAlertsProps) {
  const { t } = useTranslation();
  const texts = useCheckTexts();
  return (
    <div aria-live="polite">
      {conflicts.length > 0 || saveConflict ? (
        <Alert color="red" variant="light" title={t('leergangen.check.conflictTitle')} icon={<IconAlertTriangle aria-hidden />} mb="sm">
          <List size="sm" spacing={4}>
            {conflicts.map((c) => (
              <List.Item key={`${c.kind}-${c.otherSessionId}-${c.message}`}>
                {texts.conflict(c)}{' '}
                <Anchor component={Link} to={`/sessies/${encodeURIComponent(c.otherSessionId)}`} size="sm" target="_blank">
                  {t('leergangen.check.openOther', { title: c.otherSessionTitle })}
                </Anchor>
              </List.Item>
            ))}
            {saveConflict && conflicts.length === 0 ? <List.Item>{saveConflict}</List.Item> : null}
          </List>
          <Text size="sm" mt="xs">
            {t('leergangen.check.conflictHint')}
          </Text>
        </Alert>
      ) : null}
      {holidays.length > 0 ? (
        <Alert color="yellow" variant="light" title={t('leergangen.check.holidayTitle')} icon={<IconBeach aria-hidden />} mb="sm">
          <List size="sm" spacing={4}>
            {holidays.map((h) => (
              <List.Item key={`${h.region}-${h.name}-${h.startsOn}`}>{texts.holiday(h)}</List.Item>
            ))}
          </List>
          <Text size="sm" mt="xs">
            {t('leergangen.check.holidayHint')}
          </Text>
        </Alert>
      ) : null}
      {checking ? (
        <Group gap="xs" c="dimmed">
          <Loader size="xs" aria-hidden />
          <Text size="sm">{t('leergangen.check.checking')}</Text>
        </Group>
      ) : error ? (
        <Text size="sm" c="dimmed">
          {t('leergangen.check.failed')}
        </Text>
      ) : checked && conflicts.length === 0 && !saveConflict ? (
        <Group gap="xs" c="green.8">
          <IconCircleCheck size={18} aria-hidden />
          <Text size="sm">{t('leergangen.check.noConflicts')}</Text>
        </Group>
      ) : null}
    </div>
  );
}
