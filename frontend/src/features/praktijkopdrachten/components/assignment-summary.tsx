import { Badge, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconFileText, IconMovie, IconPencil } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentPart, PraktijkAssignmentFragment } from '@/gql/graphql';
import { formatDate } from '@/lib/format';
import { Markdown } from './markdown';
import { RubricTable } from './rubric-table';

const PART_ICONS: Record<AssignmentPart, typeof IconMovie> = { VIDEO: IconMovie, DOCUMENT: IconFileText, TEXT: IconPencil };

/** The assignment itself: instructions (Markdown), what to hand in, the aspects and the rubric. */
export function AssignmentSummary({ assignment }: { assignment: PraktijkAssignmentFragment }) {
  const { t, i18n } = useTranslation();
  const instructionsId = useId();
  const rubricId = useId();
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
        <Card withBorder padding="lg" radius="md" component="section" aria-labelledby={instructionsId} style={{ gridColumn: 'span 2' }}>
          <Title order={2} size="h3" id={instructionsId} mb="sm">
            {t('praktijk.detail.instructions')}
          </Title>
          {assignment.instructions.trim() ? (
            <Markdown source={assignment.instructions} headingOffset={2} />
          ) : (
            <Text c="dimmed">{t('praktijk.detail.noInstructions')}</Text>
          )}
        </Card>
        <Card withBorder padding="lg" radius="md">
          <Stack gap="md">
            <div>
              <Text size="sm" c="dimmed">
                {t('praktijk.dueOn')}
              </Text>
              <Text fw={700}>{formatDate(assignment.dueOn, i18n.language)}</Text>
            </div>
            <div>
              <Text size="sm" c="dimmed" mb={4}>
                {t('praktijk.detail.whatToHandIn')}
              </Text>
              <List spacing={4} size="sm" listStyleType="none" p={0}>
                {assignment.parts.map((p) => {
                  const Icon = PART_ICONS[p];
                  return (
                    <List.Item key={p}>
                      <Group gap={6} wrap="nowrap">
                        <Icon size={16} aria-hidden />
                        <span>{t(`praktijk.parts.${p}`)}</span>
                      </Group>
                    </List.Item>
                  );
                })}
                <List.Item>
                  <Group gap={6} wrap="nowrap">
                    <IconPencil size={16} aria-hidden />
                    <span>{t('praktijk.draft.reflection')}</span>
                  </Group>
                </List.Item>
              </List>
            </div>
            {assignment.aspects.length > 0 ? (
              <div>
                <Text size="sm" c="dimmed" mb={4}>
                  {t('praktijk.detail.aspects')}
                </Text>
                <Group gap={6}>
                  {assignment.aspects.map((a) => (
                    <Badge key={a} variant="outline" color="gray" tt="none">
                      {a}
                    </Badge>
                  ))}
                </Group>
              </div>
            ) : null}
          </Stack>
        </Card>
      </SimpleGrid>
      {assignment.rubric.length > 0 ? (
        <Card withBorder padding="lg" radius="md" component="section" aria-labelledby={rubricId}>
          <Title order={2} size="h3" id={rubricId} mb="sm">
            {t('praktijk.detail.rubric')}
          </Title>
          <RubricTable rubric={assignment.rubric} scores={{}} />
        </Card>
      ) : null}
    </Stack>
  );
}
