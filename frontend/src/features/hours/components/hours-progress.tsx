import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatHours, progressOf } from './progress';
import type { LedgerTotals } from './progress';

const COLOURS = { attendance: 'blue.7', approved: 'teal.7', pending: 'yellow.5' } as const;

function Swatch({ colour, label }: { colour: string; label: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Progress.Root size={10} w={14} aria-hidden>
        <Progress.Section value={100} color={colour} withAria={false} />
      </Progress.Root>
      <Text size="xs">{label}</Text>
    </Group>
  );
}

interface HoursProgressProps {
  totals: LedgerTotals;
  /** Whose hours, for the bar's accessible name. */
  label: string;
  /** A thin bar with the percentage only, for tables. */
  compact?: boolean;
}

/**
 * A ledger's hours against the norm: attended and approved hours fill the bar,
 * hours waiting for review show apart (striped). Screen readers get the same as
 * text: "26 van 40 uur".
 */
export function HoursProgress({ totals, label, compact }: HoursProgressProps) {
  const { t, i18n } = useTranslation();
  const p = progressOf(totals);
  const total = formatHours(totals.totalHours, i18n.language);
  const norm = formatHours(totals.norm, i18n.language);
  const ofNorm = t('agenda.hours.ofNorm', { total, norm });

  const bar = (
    <Progress.Root
      size={compact ? 'md' : 'xl'}
      radius="xl"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={totals.norm}
      aria-valuenow={totals.totalHours}
      aria-valuetext={ofNorm}
      style={compact ? { flex: 1 } : undefined}
    >
      <Progress.Section value={p.attendance} color={COLOURS.attendance} withAria={false} />
      <Progress.Section value={p.approved} color={COLOURS.approved} withAria={false} />
      <Progress.Section value={p.pending} color={COLOURS.pending} striped withAria={false} />
    </Progress.Root>
  );

  if (compact) {
    return (
      <Group gap="sm" wrap="nowrap" miw={160}>
        {bar}
        <Text size="sm" w={44} ta="right">
          {t('agenda.hours.percent', { value: p.percent })}
        </Text>
      </Group>
    );
  }

  const attendance = formatHours(totals.attendanceHours, i18n.language);
  const approved = formatHours(totals.approvedHours, i18n.language);
  return (
    <Stack gap={6}>
      <Group justify="space-between" align="baseline">
        <Text fw={700} size="xl">
          {ofNorm}
        </Text>
        <Text c="dimmed">{t('agenda.hours.percent', { value: p.percent })}</Text>
      </Group>
      {bar}
      <Group gap="md">
        <Swatch colour={COLOURS.attendance} label={`${t('agenda.hours.attendanceHours')}: ${attendance}`} />
        <Swatch colour={COLOURS.approved} label={`${t('agenda.hours.approvedHours')}: ${approved}`} />
        {totals.pendingHours > 0 ? (
          <Swatch colour={COLOURS.pending} label={`${t('agenda.hours.pendingHours')}: ${formatHours(totals.pendingHours, i18n.language)}`} />
        ) : null}
      </Group>
      <Text size="sm">
        {t('agenda.hours.summary', { attendance, approved })}{' '}
        {totals.pendingHours > 0 ? `${t('agenda.hours.pendingSummary', { pending: formatHours(totals.pendingHours, i18n.language) })} ` : ''}
        {p.complete ? t('agenda.hours.complete') : t('agenda.hours.remaining', { hours: formatHours(p.remaining, i18n.language) })}
      </Text>
    </Stack>
  );
}
