import { ActionIcon, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrameworkDetailFieldsFragment } from '@/gql/graphql';

type Competency = FrameworkDetailFieldsFragment['competencies'][number];
type Aspect = Competency['aspects'][number];

/** What the editor does with one competency or aspect; absent when the viewer only reads. */
export interface ItemActions<T> {
  edit: (item: T) => void;
  move: (item: T, direction: 'UP' | 'DOWN') => void;
  remove: (item: T) => void;
}

interface MoveButtonsProps {
  name: string;
  first: boolean;
  last: boolean;
  busy: boolean;
  onEdit: () => void;
  onMove: (direction: 'UP' | 'DOWN') => void;
  onRemove: () => void;
}

/** Reordering with buttons, so it works by keyboard and screen reader; each button names its item. */
function ItemButtons({ name, first, last, busy, onEdit, onMove, onRemove }: MoveButtonsProps) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <ActionIcon variant="subtle" aria-label={t('frameworks.actions.edit', { name })} onClick={onEdit}>
        <IconPencil size={18} aria-hidden />
      </ActionIcon>
      <ActionIcon variant="subtle" aria-label={t('frameworks.actions.up', { name })} disabled={first || busy} onClick={() => onMove('UP')}>
        <IconArrowUp size={18} aria-hidden />
      </ActionIcon>
      <ActionIcon variant="subtle" aria-label={t('frameworks.actions.down', { name })} disabled={last || busy} onClick={() => onMove('DOWN')}>
        <IconArrowDown size={18} aria-hidden />
      </ActionIcon>
      <ActionIcon variant="subtle" color="red" aria-label={t('frameworks.actions.remove', { name })} onClick={onRemove}>
        <IconTrash size={18} aria-hidden />
      </ActionIcon>
    </Group>
  );
}

interface CompetencyCardProps {
  competency: Competency;
  first: boolean;
  last: boolean;
  busy: boolean;
  competencyActions?: ItemActions<Competency>;
  aspectActions?: ItemActions<Aspect>;
  onAddAspect?: (competency: Competency) => void;
}

/** One competency with its ordered aspects; with actions it is the editor's card. */
export function CompetencyCard({ competency, first, last, busy, competencyActions, aspectActions, onAddAspect }: CompetencyCardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const aspects = competency.aspects;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Title order={3} size="h4" id={headingId}>
              {t('frameworks.competencyHeading', { position: competency.position, name: competency.name })}
            </Title>
            <Text size="xs" c="dimmed">
              {t('frameworks.aspectCount', { count: aspects.length })}
            </Text>
          </Stack>
          {competencyActions ? (
            <ItemButtons
              name={competency.name}
              first={first}
              last={last}
              busy={busy}
              onEdit={() => competencyActions.edit(competency)}
              onMove={(d) => competencyActions.move(competency, d)}
              onRemove={() => competencyActions.remove(competency)}
            />
          ) : null}
        </Group>
        {competency.description ? <Text size="sm">{competency.description}</Text> : null}
        {aspects.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('frameworks.noAspects')}
          </Text>
        ) : (
          <Stack component="ol" gap={0} m={0} p={0} style={{ listStyle: 'none' }} aria-label={competency.name}>
            {aspects.map((a, i) => (
              <Group
                component="li"
                key={a.id}
                justify="space-between"
                align="flex-start"
                wrap="nowrap"
                py={6}
                style={{ borderTop: i === 0 ? undefined : '1px solid var(--mantine-color-default-border)' }}
              >
                <Stack gap={0}>
                  <Text size="sm" fw={500}>
                    {competency.position}.{a.position} {a.title}
                  </Text>
                  {a.description ? (
                    <Text size="sm" c="dimmed">
                      {a.description}
                    </Text>
                  ) : null}
                </Stack>
                {aspectActions ? (
                  <ItemButtons
                    name={a.title}
                    first={i === 0}
                    last={i === aspects.length - 1}
                    busy={busy}
                    onEdit={() => aspectActions.edit(a)}
                    onMove={(d) => aspectActions.move(a, d)}
                    onRemove={() => aspectActions.remove(a)}
                  />
                ) : null}
              </Group>
            ))}
          </Stack>
        )}
        {onAddAspect ? (
          <Group>
            <Button variant="light" size="xs" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => onAddAspect(competency)}>
              {t('frameworks.addAspect')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}
