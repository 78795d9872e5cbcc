import { Alert, Badge, Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { TableSkeleton } from '@/components/loading';
import { QueryError } from '@/components/query-error';
import { hasRole, useViewer } from '@/lib/auth';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { ChecklistTemplatesQuery } from '../api/checklist-templates';
import { CreateOwnChecklistTemplateMutation } from '../api/create-own-checklist-template';
import { TemplateEditor } from './template-editor';

/**
 * The "Sjabloon" tab. A bestuur user edits their organisation's own template,
 * or makes one from the default; a beheerder picks any template; a directie
 * reads the template their school's checklists follow.
 */
export function TemplatePanel() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const isBeheerder = hasRole(viewer, 'BEHEERDER');
  const bestuurOrg = hasRole(viewer, 'BESTUUR') ? viewer.person.organisation : null;
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ChecklistTemplatesQuery, requestPolicy: 'cache-and-network' });
  const [{ fetching: creating }, createOwn] = useMutation(CreateOwnChecklistTemplateMutation);
  const [chosen, setChosen] = useState<string | null>(null);
  const templates = data?.checklistTemplates ?? [];
  const defaultTemplate = templates.find((tpl) => tpl.isDefault) ?? null;
  const own = templates.find((tpl) => !tpl.isDefault) ?? null;

  if (error && !data) return <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <TableSkeleton />;
  if (templates.length === 0) return <Text>{t('onboarding.template.empty')}</Text>;

  const shown = isBeheerder ? (templates.find((tpl) => tpl.id === chosen) ?? templates[0]) : (own ?? defaultTemplate);
  const makeOwn = async () => {
    if (!bestuurOrg) return;
    const result = await createOwn({ input: { organisationId: bestuurOrg.id } });
    if (result.error) {
      showMutationError(result.error);
      return;
    }
    notifySuccess(t('onboarding.template.createdOwn'));
    reexecute({ requestPolicy: 'network-only' });
  };

  return (
    <Stack gap="md">
      <Text c="dimmed">{t('onboarding.template.intro')}</Text>
      {isBeheerder ? (
        <Select
          label={t('onboarding.template.choose')}
          data={templates.map((tpl) => ({ value: tpl.id, label: tpl.isDefault ? t('onboarding.template.default') : tpl.name }))}
          value={shown?.id ?? null}
          onChange={setChosen}
          allowDeselect={false}
          maw={480}
        />
      ) : null}
      {shown ? (
        <Stack gap="md">
          <Group gap="sm">
            <Title order={2} size="h3">
              {shown.isDefault ? t('onboarding.template.default') : shown.name}
            </Title>
            <Badge variant="light">{t('onboarding.template.version', { version: shown.version })}</Badge>
          </Group>
          {shown.isDefault && bestuurOrg && !own ? (
            <Alert color="blue" role="status">
              <Stack gap="sm">
                <Text size="sm">{t('onboarding.template.defaultReadOnly')}</Text>
                <Button onClick={() => void makeOwn()} loading={creating} w="fit-content">
                  {t('onboarding.template.createOwn')}
                </Button>
              </Stack>
            </Alert>
          ) : null}
          <TemplateEditor template={shown} />
        </Stack>
      ) : null}
    </Stack>
  );
}
