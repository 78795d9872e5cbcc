import { Box, Radio, Table, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PraktijkAssignmentFragment } from '@/gql/graphql';

type Criterion = PraktijkAssignmentFragment['rubric'][number];

interface RubricTableProps {
  rubric: readonly Criterion[];
  /** The chosen level per criterion id. */
  scores: Readonly<Record<string, string>>;
  /** With this, every row is a radio group to choose a level; without it, the table only shows. */
  onChange?: (criterionId: string, levelId: string) => void;
  caption?: string;
}

/** The column headers: the level names when every criterion uses the same ones, otherwise "Niveau 1…". */
function levelHeaders(rubric: readonly Criterion[]): string[] | null {
  const first = rubric[0]?.levels.map((l) => l.label);
  if (!first) return null;
  const same = rubric.every((c) => c.levels.length === first.length && c.levels.every((l, i) => l.label === first[i]));
  return same ? first : null;
}

/**
 * A rubric as a table of criteria × levels. To score, each criterion's row is
 * a group of radio buttons (arrow keys move within the row); read-only, the
 * chosen level is marked.
 */
export function RubricTable({ rubric, scores, onChange, caption }: RubricTableProps) {
  const { t } = useTranslation();
  const headers = levelHeaders(rubric);
  const columns = Math.max(...rubric.map((c) => c.levels.length), 0);
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table withTableBorder withColumnBorders verticalSpacing="sm" layout="fixed" captionSide="top">
        {caption ? <Table.Caption>{caption}</Table.Caption> : null}
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="22%">{t('praktijk.feedback.criterion')}</Table.Th>
            {Array.from({ length: columns }, (_, i) => (
              <Table.Th key={i}>{headers?.[i] ?? t('praktijk.feedback.levelHeader', { number: i + 1 })}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rubric.map((criterion) => {
            const chosen = scores[criterion.id];
            const headingId = `rubric-${criterion.id}`;
            return (
              <Table.Tr key={criterion.id}>
                <Table.Th scope="row" fw={400} style={{ verticalAlign: 'top' }}>
                  <Text fw={700} size="sm" id={headingId}>
                    {criterion.title}
                  </Text>
                  {criterion.description ? (
                    <Text size="xs" c="dimmed">
                      {criterion.description}
                    </Text>
                  ) : null}
                  {!onChange && !chosen && Object.keys(scores).length > 0 ? (
                    <Text size="xs" c="dimmed" fs="italic">
                      {t('praktijk.feedback.notScored')}
                    </Text>
                  ) : null}
                </Table.Th>
                {Array.from({ length: columns }, (_, i) => {
                  const level = criterion.levels[i];
                  if (!level) return <Table.Td key={i} />;
                  const selected = chosen === level.id;
                  const showLabel = !headers;
                  return (
                    <Table.Td
                      key={level.id}
                      style={{ verticalAlign: 'top' }}
                      bg={selected ? 'teal.0' : undefined}
                      data-selected={selected || undefined}
                    >
                      {onChange ? (
                        <Radio
                          name={`rubric-${criterion.id}`}
                          value={level.id}
                          checked={selected}
                          onChange={() => onChange(criterion.id, level.id)}
                          aria-label={`${criterion.title}: ${level.label}`}
                          label={
                            <Box>
                              {showLabel ? (
                                <Text size="sm" fw={600}>
                                  {level.label}
                                </Text>
                              ) : null}
                              <Text size="xs">{level.description}</Text>
                              <Text size="xs" c="dimmed">
                                {t('praktijk.feedback.points', { count: level.points })}
                              </Text>
                            </Box>
                          }
                        />
                      ) : (
                        <Box>
                          {selected ? (
                            <ThemeIcon color="teal" size="sm" radius="xl" mb={4} aria-hidden>
                              <IconCheck size={14} />
                            </ThemeIcon>
                          ) : null}
                          {selected ? <VisuallyHidden>{t('praktijk.feedback.chosen')}: </VisuallyHidden> : null}
                          {showLabel ? (
                            <Text size="sm" fw={600}>
                              {level.label}
                            </Text>
                          ) : null}
                          <Text size="xs">{level.description}</Text>
                          <Text size="xs" c="dimmed">
                            {t('praktijk.feedback.points', { count: level.points })}
                          </Text>
                        </Box>
                      )}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
