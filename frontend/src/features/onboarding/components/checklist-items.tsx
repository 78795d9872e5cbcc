import { Anchor, Badge, Button, Card, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { IconExternalLink, IconFileText } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { ChecklistFieldsFragment } from '@/gql/graphql';
import { formatDate } from '@/lib/format';
import { showMutationError } from '@/lib/mutation-errors';
import { SetChecklistItemStatusMutation } from '../api/set-checklist-item-status';
import { groupByPart, todayIso } from '../utils/progress';
import { ItemStatusModal } from './item-status-modal';
import type { EditableItem } from './item-status-modal';

type Item = ChecklistFieldsFragment['items'][number];

function ItemMeta({ item }: { item: Item }) {
  const { t, i18n } = useTranslation();
  if (item.status === 'OPEN' || !item.doneOn) return null;
  const values = { name: item.doneByName ?? '—', date: formatDate(item.doneOn, i18n.language) };
  return (
    <Text size="sm" c="dimmed">
      {item.status === 'GEDAAN' ? t('onboarding.checklist.doneBy', values) : t('onboarding.checklist.notApplicableBy', values)}
    </Text>
  );
}

function ItemLinks({ item }: { item: Item }) {
  const { t } = useTranslation();
  if (!item.linkUrl && !item.document) return null;
  return (
    <Group gap="md">
      {item.linkUrl ? (
        <Anchor href={item.linkUrl} target="_blank" rel="noopener noreferrer" size="sm">
          <IconExternalLink size={14} aria-hidden /> {t('onboarding.checklist.link')}
        </Anchor>
      ) : null}
      {item.document ? (
        <Anchor href={item.document.url} target="_blank" rel="noopener noreferrer" size="sm">
          <IconFileText size={14} aria-hidden /> {t('onboarding.checklist.document', { title: item.document.title })}
        </Anchor>
      ) : null}
    </Group>
  );
}

function ItemRow({ item, canTick, onDetails }: { item: Item; canTick: boolean; onDetails: (item: Item) => void }) {
  const { t } = useTranslation();
  const [{ fetching }, save] = useMutation(SetChecklistItemStatusMutation);
  // Shows the new state at once; the server's answer replaces it.
  const [pending, setPending] = useState<boolean | null>(null);
  const toggle = async (checked: boolean) => {
    setPending(checked);
    const result = await save({ input: { itemId: item.id, status: checked ? 'GEDAAN' : 'OPEN', doneOn: checked ? todayIso() : null } });
    setPending(null);
    if (result.error) showMutationError(result.error);
  };
  return (
    <Group component="li" justify="space-between" align="flex-start" wrap="nowrap" gap="sm" py={6} data-testid="checklist-item">
      <Stack gap={2} style={{ flex: 1 }}>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Checkbox
            label={item.text}
            checked={pending ?? item.status === 'GEDAAN'}
            disabled={!canTick || fetching || item.status === 'NIET_VAN_TOEPASSING'}
            onChange={(e) => void toggle(e.currentTarget.checked)}
            styles={{ label: { textDecoration: item.status === 'NIET_VAN_TOEPASSING' ? 'line-through' : undefined } }}
          />
        </Group>
        <Group gap="xs" pl={32}>
          {item.status === 'NIET_VAN_TOEPASSING' ? (
            <Badge variant="light" color="gray">
              {t('onboarding.checklist.status.NIET_VAN_TOEPASSING')}
            </Badge>
          ) : null}
          {!item.inTemplate ? (
            <Badge variant="outline" color="gray">
              {t('onboarding.checklist.notInTemplate')}
            </Badge>
          ) : null}
        </Group>
        <Stack gap={2} pl={32}>
          <ItemMeta item={item} />
          {item.note ? <Text size="sm">{item.note}</Text> : null}
          <ItemLinks item={item} />
        </Stack>
      </Stack>
      {canTick ? (
        <Button variant="subtle" size="xs" onClick={() => onDetails(item)} aria-label={t('onboarding.checklist.detailsOf', { item: item.text })}>
          {t('onboarding.checklist.details')}
        </Button>
      ) : null}
    </Group>
  );
}

function PartSection({ title, items, canTick, onDetails }: { title: string; items: Item[]; canTick: boolean; onDetails: (item: Item) => void }) {
  const id = useId();
  return (
    <Stack gap={4} component="section" aria-labelledby={id}>
      <Title order={3} size="h4" id={id}>
        {title}
      </Title>
      <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
        {items.map((item) => (
          <ItemRow key={item.id} item={item} canTick={canTick} onDetails={onDetails} />
        ))}
      </Stack>
    </Stack>
  );
}

/** A checklist's items per part, to tick when the viewer may. */
export function ChecklistItems({ checklist }: { checklist: ChecklistFieldsFragment }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [editing, setEditing] = useState<EditableItem | null>(null);
  const groups = groupByPart(checklist.items);
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="lg">
        <Stack gap={2}>
          <Title order={2} size="h3" id={headingId}>
            {t('onboarding.checklist.title')}
          </Title>
          {!checklist.canTick ? <Text c="dimmed">{t('onboarding.checklist.readOnly')}</Text> : null}
        </Stack>
        {groups.length === 0 ? <Text>{t('onboarding.checklist.empty')}</Text> : null}
        {groups.map((g) => (
          <PartSection key={g.key} title={g.title} items={g.items} canTick={checklist.canTick} onDetails={setEditing} />
        ))}
      </Stack>
      <ItemStatusModal key={editing?.id ?? 'none'} item={editing} onClose={() => setEditing(null)} />
    </Card>
  );
}
