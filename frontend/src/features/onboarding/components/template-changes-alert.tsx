import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { ChecklistFieldsFragment } from '@/gql/graphql';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { TakeInTemplateChangesMutation } from '../api/take-in-template-changes';

/** "Het sjabloon is gewijzigd": what changed, and taking it in for who may. */
export function TemplateChangesAlert({ checklist }: { checklist: ChecklistFieldsFragment }) {
  const { t } = useTranslation();
  const [{ fetching }, takeIn] = useMutation(TakeInTemplateChangesMutation);
  if (checklist.templateChanges.length === 0) return null;
  const submit = async () => {
    const result = await takeIn({ input: { checklistId: checklist.id } });
    if (result.error) {
      showMutationError(result.error);
      return;
    }
    notifySuccess(t('onboarding.changes.takenIn'));
  };
  return (
    <Alert color="yellow" icon={<IconInfoCircle aria-hidden />} title={t('onboarding.changes.title')} role="status">
      <Stack gap="sm">
        <Text size="sm">{t('onboarding.changes.intro')}</Text>
        <List size="sm" spacing={4}>
          {checklist.templateChanges.map((c) => (
            <List.Item key={`${c.kind}:${c.partTitle}:${c.text}`}>
              {c.kind === 'NEW'
                ? t('onboarding.changes.new', { part: c.partTitle, text: c.text })
                : t('onboarding.changes.changed', { part: c.partTitle, text: c.text, previous: c.previousText })}
            </List.Item>
          ))}
        </List>
        {checklist.canTakeInChanges ? (
          <Button onClick={() => void submit()} loading={fetching} w="fit-content">
            {t('onboarding.changes.takeIn')}
          </Button>
        ) : (
          <Text size="sm" c="dimmed">
            {t('onboarding.changes.onlyStarterOrDirectie')}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
