import { Anchor, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { IconChartLine, IconListDetails, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { FrameworkOptionsQuery, LeergangFrameworkQuery, SetLeergangFrameworkMutation } from '@/features/frameworks/api/leergang-framework';
import { ExampleBadge } from '@/features/frameworks/components/example-badge';
import { frameworkPath } from '@/features/frameworks/utils/paths';
import { hasRole, useViewer } from '@/lib/auth';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';

/**
 * The leergang's competency framework: its name for everyone who sees the
 * leergang, a picker for who may manage it, and the links to the growth
 * pages for managers and opleiders.
 */
export function LeergangFramework({ leergangId }: { leergangId: string }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [{ data }] = useQuery({ query: LeergangFrameworkQuery, variables: { id: leergangId }, requestPolicy: 'cache-and-network' });
  const leergang = data?.leergang;
  const canManage = leergang?.canManage ?? false;
  const [{ data: options }] = useQuery({ query: FrameworkOptionsQuery, pause: !canManage });
  const [setting, setFramework] = useMutation(SetLeergangFrameworkMutation);
  if (!leergang) return null;
  const framework = leergang.framework;
  const staff = canManage || hasRole(viewer, 'OPLEIDER');
  const base = `/leergangen/${encodeURIComponent(leergang.id)}`;

  const choose = async (frameworkId: string | null) => {
    const result = await setFramework({ input: { leergangId: leergang.id, frameworkId } });
    if (result.error) showMutationError(result.error);
    else notifySuccess(t('frameworks.leergang.saved'));
  };

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="leergang-framework" mb="lg">
      <Stack gap="sm">
        <Title order={2} size="h4" id="leergang-framework">
          {t('frameworks.leergang.title')}
        </Title>
        {canManage ? (
          <Select
            label={t('frameworks.leergang.pick')}
            placeholder={t('frameworks.leergang.pickPlaceholder')}
            data={(options?.frameworks.nodes ?? (framework ? [framework] : [])).map((f) => ({ value: f.id, label: f.name }))}
            value={framework?.id ?? null}
            onChange={(value) => void choose(value)}
            disabled={setting.fetching}
            clearable
            searchable
            maw={480}
          />
        ) : null}
        {framework ? (
          <Group gap="xs">
            {hasRole(viewer, 'BEHEERDER') || hasRole(viewer, 'OPLEIDER') ? (
              <Anchor component={Link} to={frameworkPath(framework.id)}>
                <IconListDetails size={16} aria-hidden /> {framework.name}
              </Anchor>
            ) : (
              <Text>{framework.name}</Text>
            )}
            {framework.isExample ? <ExampleBadge /> : null}
          </Group>
        ) : (
          <Text c="dimmed" size="sm">
            {t('frameworks.leergang.none')}
          </Text>
        )}
        {staff ? (
          <Group gap="sm">
            <Button component={Link} to={`${base}/groei`} variant="light" leftSection={<IconChartLine size={18} aria-hidden />}>
              {t('frameworks.leergang.growth')}
            </Button>
            <Button component={Link} to={`${base}/overzicht`} variant="light" leftSection={<IconUsersGroup size={18} aria-hidden />}>
              {t('frameworks.leergang.overview')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}
