import { Badge, Box, Button, Group, List, Loader, Text } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QueryError } from '@/components/query-error';
import { formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { ScanRatingHistoryQuery } from '../api/rating-history';
import type { ScaleLevel } from './aspect-rating';

interface RatingHistoryProps {
  scanId: string;
  aspectId: string;
  aspectTitle: string;
  scale: readonly ScaleLevel[];
}

/**
 * "Geschiedenis" under a rated aspect: a disclosure button (aria-expanded)
 * that shows every score given to the aspect in this scan, newest first, with
 * who gave it, when, and the note. The history of the scan is fetched the first
 * time one of its aspects is opened; all aspects of the scan share that answer,
 * and saving the scan refreshes it (the answer holds the Scan type).
 */
export function RatingHistory({ scanId, aspectId, aspectTitle, scale }: RatingHistoryProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <Box>
      <Button
        variant="subtle"
        size="compact-sm"
        px={4}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('growth.history.toggleFor', { aspect: aspectTitle })}
        leftSection={<IconChevronDown size={16} aria-hidden style={{ transform: open ? 'rotate(180deg)' : undefined, transition: 'transform 150ms' }} />}
        onClick={() => setOpen((o) => !o)}
      >
        {t('growth.history.toggle')}
      </Button>
      <Box id={panelId} hidden={!open} pl="md" pt={4}>
        {open ? <HistoryEntries scanId={scanId} aspectId={aspectId} aspectTitle={aspectTitle} scale={scale} /> : null}
      </Box>
    </Box>
  );
}

function HistoryEntries({ scanId, aspectId, aspectTitle, scale }: RatingHistoryProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ScanRatingHistoryQuery, variables: { scanId } });
  if (error && !data) return <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data) {
    return (
      <Group gap="xs" role="status">
        {fetching ? <Loader size="xs" aria-hidden /> : null}
        <Text size="sm" c="dimmed">{t('growth.history.loading')}</Text>
      </Group>
    );
  }
  // The server sends them newest first; sorting keeps that order for rows of the same instant.
  const entries = data.scan.history
    .filter((h) => h.aspectId === aspectId)
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  if (entries.length === 0) return <Text size="sm" c="dimmed">{t('growth.history.empty')}</Text>;
  const labels = new Map(scale.map((l) => [l.value, l.label]));
  return (
    <>
      <List listStyleType="none" role="list" spacing="xs" size="sm" aria-label={t('growth.history.listLabel', { aspect: aspectTitle })}>
        {entries.map((h, i) => {
          const label = labels.get(h.value);
          return (
            <List.Item key={`${h.createdAt}-${i}`}>
              <Group gap="xs">
                <Text size="sm" fw={600}>
                  {label ? `${h.value} · ${label}` : h.value}
                </Text>
                {i === 0 ? <Badge size="xs" variant="light">{t('growth.history.current')}</Badge> : null}
              </Group>
              <Text size="xs" c="dimmed">
                {h.author?.name ?? t('growth.history.unknownAuthor')}, <time dateTime={h.createdAt}>{formatDateTime(h.createdAt, language)}</time>
              </Text>
              {h.note ? (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {h.note}
                </Text>
              ) : null}
            </List.Item>
          );
        })}
      </List>
      {entries.length === 1 ? <Text size="xs" c="dimmed">{t('growth.history.noEarlier')}</Text> : null}
    </>
  );
}
