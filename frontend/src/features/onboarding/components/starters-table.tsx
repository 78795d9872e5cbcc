import { Anchor, Badge, Button, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { EmptyState } from '@/components/empty-state';
import { TableSkeleton } from '@/components/loading';
import { QueryError } from '@/components/query-error';
import type { OnboardingStartersQuery as StartersData } from '@/gql/graphql';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { StartChecklistMutation } from '../api/start-checklist';
import { OnboardingStartersQuery } from '../api/starters';
import { progressColour } from '../utils/progress';

type Row = StartersData['onboardingStarters'][number];

function StartButton({ row, onStarted }: { row: Row; onStarted: () => void }) {
  const { t } = useTranslation();
  const [{ fetching }, start] = useMutation(StartChecklistMutation);
  const submit = async () => {
    const result = await start({ input: { starterId: row.personId } });
    if (result.error) {
      showMutationError(result.error);
      return;
    }
    notifySuccess(t('onboarding.checklist.started'));
    onStarted();
  };
  return (
    <Button size="xs" variant="light" loading={fetching} onClick={() => void submit()} aria-label={t('onboarding.starters.startFor', { name: row.name })}>
      {t('onboarding.checklist.start')}
    </Button>
  );
}

function ProgressCell({ row }: { row: Row }) {
  const { t } = useTranslation();
  const p = row.checklist?.progress;
  if (!p) return <Text size="sm" c="dimmed">{t('onboarding.starters.noChecklist')}</Text>;
  return (
    <Stack gap={4} miw={140}>
      <Group gap="xs" wrap="nowrap">
        <Progress
          value={p.percent}
          color={progressColour(p.percent)}
          style={{ flex: 1 }}
          aria-label={t('onboarding.starters.progressOf', { name: row.name })}
        />
        <Text size="sm" fw={600} data-testid="starter-percent">
          {p.percent}%
        </Text>
      </Group>
      {row.checklist && row.checklist.templateChanges.length > 0 ? (
        <Badge size="xs" color="yellow" variant="light">
          {t('onboarding.starters.behind')}
        </Badge>
      ) : null}
    </Stack>
  );
}

function PartsCell({ row }: { row: Row }) {
  const parts = row.checklist?.progress.parts ?? [];
  return (
    <Stack gap={0}>
      {parts.map((p) => (
        <Text key={p.title} size="xs">
          {p.title}: {p.done + p.notApplicable}/{p.total}
        </Text>
      ))}
    </Stack>
  );
}

/** The starters the viewer follows, with the progress of each checklist in all and per part. */
export function StartersTable() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: OnboardingStartersQuery, variables: {}, requestPolicy: 'cache-and-network' });
  const rows = data?.onboardingStarters ?? [];
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  if (error && !data) return <QueryError error={error} onRetry={refresh} />;
  if (fetching && !data) return <TableSkeleton />;
  if (rows.length === 0) return <EmptyState title={t('onboarding.starters.empty')} />;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('onboarding.starters.colName')}</Table.Th>
            <Table.Th scope="col">{t('onboarding.starters.colSchool')}</Table.Th>
            <Table.Th scope="col">{t('onboarding.starters.colMaatje')}</Table.Th>
            <Table.Th scope="col">{t('onboarding.starters.colProgress')}</Table.Th>
            <Table.Th scope="col">{t('onboarding.starters.colParts')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.personId}>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={`/starters/${row.personId}`}>
                  {row.name}
                </Anchor>
              </Table.Th>
              <Table.Td>{row.schoolNames.join(', ')}</Table.Td>
              <Table.Td>{row.maatjeName || <Text size="sm" c="dimmed">{t('onboarding.starters.noMaatje')}</Text>}</Table.Td>
              <Table.Td>
                {row.canStartChecklist ? <StartButton row={row} onStarted={refresh} /> : <ProgressCell row={row} />}
              </Table.Td>
              <Table.Td>
                <PartsCell row={row} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
