import { Card, Group, Progress, RingProgress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { progressColour } from '../utils/progress';

interface PartProgress {
  title: string;
  done: number;
  notApplicable: number;
  total: number;
  percent: number;
}

export interface ProgressData extends Omit<PartProgress, 'title'> {
  parts: readonly PartProgress[];
}

/** One part's bar; the bar carries the percentage for screen readers too. */
export function PartBar({ part, compact }: { part: PartProgress; compact?: boolean }) {
  const { t } = useTranslation();
  const complete = part.done + part.notApplicable;
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" fw={500}>
          {part.title}
        </Text>
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {t('onboarding.progress.partSummary', { complete, total: part.total })}
        </Text>
      </Group>
      <Progress
        value={part.percent}
        color={progressColour(part.percent)}
        size={compact ? 'sm' : 'md'}
        aria-label={t('onboarding.progress.partLabel', { part: part.title, percent: part.percent })}
      />
    </Stack>
  );
}

/**
 * A checklist's progress: a ring with the total and a bar per part. The ring
 * is decoration; the same numbers are text next to it.
 */
export function ProgressOverview({ progress }: { progress: ProgressData }) {
  const { t } = useTranslation();
  const headingId = useId();
  const complete = progress.done + progress.notApplicable;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} size="h3" id={headingId}>
          {t('onboarding.progress.title')}
        </Title>
        <Group gap="lg" align="center" wrap="wrap">
          <RingProgress
            size={120}
            thickness={12}
            roundCaps
            aria-hidden
            sections={[{ value: progress.percent, color: progressColour(progress.percent) }]}
            label={
              <Text ta="center" fw={700} size="xl">
                {progress.percent}%
              </Text>
            }
          />
          <Stack gap={2}>
            <Text fw={600} data-testid="checklist-progress">
              {t('onboarding.progress.summary', { complete, total: progress.total, percent: progress.percent })}
            </Text>
            {progress.notApplicable > 0 ? (
              <Text size="sm" c="dimmed">
                {t('onboarding.progress.notApplicable', { count: progress.notApplicable })}
              </Text>
            ) : null}
          </Stack>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {progress.parts.map((p) => (
            <PartBar key={p.title} part={p} />
          ))}
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
