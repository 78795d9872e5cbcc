import { Anchor, Card, Group, Select, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ListStates } from '@/components/list-states';
import { Pager } from '@/components/pager';
import type { SubmissionStatus } from '@/gql/graphql';
import { formatDay } from '@/lib/format';
import { useCursorPager } from '@/lib/use-cursor-pager';
import { PraktijkSubmissionsQuery } from '../api/submissions';
import { submissionPath } from '../utils/paths';
import { SUBMISSION_STATUSES } from '../utils/status';
import { SubmissionStatusBadge } from './status-badge';

const PAGE_SIZE = 25;
const CONTEXT = { additionalTypenames: ['Submission'] };

/** The submissions of an assignment for its opleiders, with a status filter. */
export function SubmissionsTable({ assignmentId }: { assignmentId: string }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const [status, setStatus] = useState<SubmissionStatus | null>(null);
  const pager = useCursorPager(status ?? '');
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PraktijkSubmissionsQuery,
    variables: { assignmentId, status, first: PAGE_SIZE, after: pager.after },
    requestPolicy: 'cache-and-network',
    context: useMemo(() => CONTEXT, []),
  });
  const connection = data?.submissions;

  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby={titleId}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-end">
          <Title order={2} size="h3" id={titleId}>
            {t('praktijk.detail.submissions')}
          </Title>
          <Select
            label={t('praktijk.detail.statusFilter')}
            placeholder={t('praktijk.detail.allStatuses')}
            clearable
            value={status}
            onChange={(v) => setStatus(v)}
            data={SUBMISSION_STATUSES.map((s) => ({ value: s, label: t(`praktijk.status.${s}`) }))}
            w={220}
          />
        </Group>
        <ListStates
          connection={connection}
          hasData={Boolean(data)}
          error={error}
          fetching={fetching}
          filtered={Boolean(status)}
          empty={<Text c="dimmed">{t('praktijk.detail.noSubmissionsYet')}</Text>}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          skeletonRows={3}
        >
          {(connection) => (
            <>
              <Table.ScrollContainer minWidth={720}>
                <Table striped highlightOnHover verticalSpacing="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('praktijk.detail.person')}</Table.Th>
                      <Table.Th>{t('praktijk.detail.statusFilter')}</Table.Th>
                      <Table.Th>{t('praktijk.detail.versions')}</Table.Th>
                      <Table.Th>{t('praktijk.list.handedInAt')}</Table.Th>
                      <Table.Th>{t('praktijk.list.feedbackGivenAt')}</Table.Th>
                      <Table.Th>
                        <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {connection.nodes.map((s) => {
                      const handedIn = s.versions.filter((v) => v.submittedAt).length;
                      const open = s.status === 'INGELEVERD' || s.status === 'IN_BEOORDELING';
                      return (
                        <Table.Tr key={s.id}>
                          <Table.Td fw={600}>{s.person.name}</Table.Td>
                          <Table.Td>
                            <SubmissionStatusBadge status={s.status} />
                          </Table.Td>
                          <Table.Td>{handedIn || t('common.none')}</Table.Td>
                          <Table.Td>{formatDay(s.handedInAt, i18n.language) || t('common.none')}</Table.Td>
                          <Table.Td>{formatDay(s.feedbackGivenAt, i18n.language) || t('common.none')}</Table.Td>
                          <Table.Td>
                            {handedIn > 0 ? (
                              <Anchor
                                component={Link}
                                to={submissionPath(assignmentId, s.id)}
                                fw={600}
                                size="sm"
                                aria-label={`${open ? t('praktijk.detail.review') : t('praktijk.detail.view')}: ${s.person.name}`}
                              >
                                {open ? t('praktijk.detail.review') : t('praktijk.detail.view')}
                              </Anchor>
                            ) : null}
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {connection.nodes.length === 0 ? (
                <Text c="dimmed" py="md">
                  {t('common.noResults')}
                </Text>
              ) : null}
              {connection.totalCount > PAGE_SIZE ? (
                <Pager
                  pageIndex={pager.pageIndex}
                  pageSize={PAGE_SIZE}
                  count={connection.nodes.length}
                  total={connection.totalCount}
                  hasNextPage={connection.pageInfo.hasNextPage}
                  onPrevious={pager.previous}
                  onNext={() => pager.next(connection.pageInfo.endCursor)}
                />
              ) : null}
            </>
          )}
        </ListStates>
      </Stack>
    </Card>
  );
}
