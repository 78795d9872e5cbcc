import { Badge, Group, List, Text, VisuallyHidden } from '@mantine/core';
import { IconArrowDownRight, IconArrowRight, IconArrowUpRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ProgressRowFieldsFragment } from '@/gql/graphql';
import { attendanceTone, formatHours, formatPercent, formatScore, scanTrend } from '../lib/progress';

type Row = ProgressRowFieldsFragment;

/** Attendance %, coloured, with the number of absences. */
export function AttendanceCell({ row }: { row: Row }) {
  const { t, i18n } = useTranslation();
  const a = row.attendance;
  if (a.percent === null) {
    return <Text size="sm" c="dimmed">{t('dashboard.noSessionsYet')}</Text>;
  }
  const percent = formatPercent(a.percent, i18n.language);
  return (
    <Badge color={attendanceTone(a.percent)} variant="light" aria-label={t('dashboard.attendanceAria', { percent, absences: a.absences })}>
      {t('dashboard.attendanceCell', { percent, absences: a.absences })}
    </Badge>
  );
}

/** Hours of the current leerjaar against the norm, with whether they keep pace. */
export function HoursCell({ row }: { row: Row }) {
  const { t, i18n } = useTranslation();
  const h = row.hours;
  return (
    <div>
      <Text size="sm">{t('dashboard.hoursCell', { hours: formatHours(h.hours, i18n.language), norm: formatHours(h.norm, i18n.language) })}</Text>
      <Text size="xs" c={h.onTrack ? 'green.8' : 'orange.8'}>
        {h.onTrack ? t('dashboard.hoursOnTrack') : t('dashboard.hoursBehind', { expected: formatHours(h.expectedByNow, i18n.language) })}
      </Text>
    </div>
  );
}

export function AssignmentsCell({ row }: { row: Row }) {
  const { t } = useTranslation();
  const a = row.assignments;
  if (a.total === 0) return <Text size="sm" c="dimmed">{t('dashboard.assignmentsNone')}</Text>;
  return (
    <div>
      <Text size="sm">{t('dashboard.assignmentsCell', { submitted: a.submitted, total: a.total })}</Text>
      {a.overdue > 0 ? (
        <Text size="xs" c="red.8">
          {t('dashboard.assignmentsOverdue', { count: a.overdue })}
        </Text>
      ) : null}
    </div>
  );
}

const trendIcon = {
  up: <IconArrowUpRight size={16} color="var(--mantine-color-green-8)" aria-hidden />,
  down: <IconArrowDownRight size={16} color="var(--mantine-color-red-8)" aria-hidden />,
  same: <IconArrowRight size={16} color="var(--mantine-color-gray-7)" aria-hidden />,
};

/** The newest self-scan per competency, with an arrow against the previous one (and the same in words). */
export function ScanCell({ row }: { row: Row }) {
  const { t, i18n } = useTranslation();
  const scored = row.competencies.filter((c) => c.latest !== null);
  if (scored.length === 0) return <Text size="sm" c="dimmed">{t('dashboard.scanNone')}</Text>;
  return (
    <List size="xs" spacing={2} listStyleType="none">
      {scored.map((c) => {
        const trend = scanTrend(c);
        const latest = formatScore(c.latest ?? 0, i18n.language);
        const delta = formatScore(Math.abs(c.delta ?? 0), i18n.language);
        const words =
          trend === 'up'
            ? t('dashboard.scanUp', { name: c.name, latest, delta })
            : trend === 'down'
              ? t('dashboard.scanDown', { name: c.name, latest, delta })
              : trend === 'same'
                ? t('dashboard.scanSame', { name: c.name, latest })
                : t('dashboard.scanFirst', { name: c.name, latest });
        return (
          <List.Item key={c.competencyId}>
            <Group gap={4} wrap="nowrap" aria-hidden>
              <Text size="xs" truncate maw={150} title={c.name}>
                {c.name}
              </Text>
              <Text size="xs" fw={600}>
                {latest}
              </Text>
              {trend === 'up' || trend === 'down' || trend === 'same' ? trendIcon[trend] : null}
            </Group>
            <VisuallyHidden>{words}</VisuallyHidden>
          </List.Item>
        );
      })}
    </List>
  );
}

export function LeervragenCell({ row }: { row: Row }) {
  const { t } = useTranslation();
  const l = row.leervragen;
  if (l.total === 0) return <Text size="sm" c="dimmed">{t('dashboard.leervragenNone')}</Text>;
  return <Text size="sm">{t('dashboard.leervragenCell', { total: l.total, beantwoord: l.beantwoord })}</Text>;
}

export function ChecklistCell({ row }: { row: Row }) {
  const { t } = useTranslation();
  if (!row.checklist) return <Text size="sm" c="dimmed">{t('dashboard.checklistNone')}</Text>;
  return <Text size="sm">{t('dashboard.checklistCell', { done: row.checklist.done, total: row.checklist.total })}</Text>;
}
