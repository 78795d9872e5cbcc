import { Alert, Anchor, Badge, Button, Card, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { IconBell, IconPlus } from '@tabler/icons-react';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { QueryError } from '@/components/query-error';
import type { PraktijkLeergangenQuery } from '@/gql/graphql';
import { hasErrorCode } from '@/lib/errors';
import { formatDate } from '@/lib/format';
import { PraktijkAssignmentsQuery } from '../api/assignments';
import { PraktijkMySubmissionsQuery } from '../api/my-submissions';
import { PraktijkSubmissionCountsQuery } from '../api/submission-counts';
import { assignmentPath } from '../utils/paths';
import { countByStatus, isOverdue, STATUS_COLORS, todayString } from '../utils/status';
import { SubmissionStatusBadge } from './status-badge';

export type PraktijkLeergang = PraktijkLeergangenQuery['leergangen']['nodes'][number];

const CONTEXT = { additionalTypenames: ['Assignment', 'Submission'] };

/** How far the deelnemers of a leergang are with one assignment. */
function SubmissionCounts({ assignmentId, deelnemers }: { assignmentId: string; deelnemers: number }) {
  const { t } = useTranslation();
  const [{ data, error }] = useQuery({
    query: PraktijkSubmissionCountsQuery,
    variables: { assignmentId },
    requestPolicy: 'cache-and-network',
    context: useMemo(() => CONTEXT, []),
  });
  if (error && !data) return <Text size="sm" c="dimmed">{t('common.none')}</Text>;
  if (!data) return <Skeleton height={20} width={160} />;
  const nodes = data.submissions.nodes;
  if (nodes.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('praktijk.list.noSubmissions')}
      </Text>
    );
  }
  const counts = countByStatus(nodes);
  const toReview = counts.INGELEVERD + counts.IN_BEOORDELING;
  const handedIn = nodes.length - counts.CONCEPT;
  return (
    <Stack gap={4}>
      <Text size="sm">{t('praktijk.list.handedInCount', { count: handedIn, total: Math.max(deelnemers, nodes.length) })}</Text>
      <Group gap={4}>
        {toReview > 0 ? (
          <Badge color="blue" variant="filled">
            {t('praktijk.list.toReview', { count: toReview })}
          </Badge>
        ) : null}
        {(['FEEDBACK_GEGEVEN', 'HERKANSING', 'AFGEROND', 'CONCEPT'] as const).map((status) =>
          counts[status] > 0 ? (
            <Badge key={status} color={STATUS_COLORS[status]} variant="light">
              {t('praktijk.list.countLabel', { status: t(`praktijk.status.${status}`), count: counts[status] })}
            </Badge>
          ) : null,
        )}
      </Group>
    </Stack>
  );
}

interface LeergangAssignmentsProps {
  leergang: PraktijkLeergang;
  mode: 'opleider' | 'deelnemer';
}

/** The assignments of one leergang: for an opleider with the submissions' progress, for a deelnemer with their own status. */
export function LeergangAssignments({ leergang, mode }: LeergangAssignmentsProps) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const today = useMemo(() => todayString(), []);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PraktijkAssignmentsQuery,
    variables: { leergangId: leergang.id },
    requestPolicy: 'cache-and-network',
    context: useMemo(() => CONTEXT, []),
  });
  // A deelnemer who only sits in the stuurgroep of a leergang has no assignments there.
  if (hasErrorCode(error, 'FORBIDDEN')) return null;
  const assignments = data?.assignments ?? [];
  if (mode === 'deelnemer' && data && assignments.length === 0) return null;

  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby={titleId}>
      <Stack gap="md">
        <Group justify="space-between" align="center">
          <Title order={3} size="h4" id={titleId}>
            {leergang.name}
          </Title>
          {mode === 'opleider' && leergang.canManage ? (
            <Button
              component={Link}
              to={`/opdrachten/nieuw?leergang=${encodeURIComponent(leergang.id)}`}
              variant="light"
              size="xs"
              leftSection={<IconPlus size={16} aria-hidden />}
              aria-label={t('praktijk.list.newInLeergang', { leergang: leergang.name })}
            >
              {t('praktijk.newAssignment')}
            </Button>
          ) : null}
        </Group>
        {error && !data ? <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
        {fetching && !data ? <Skeleton height={80} radius="sm" /> : null}
        {data && assignments.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('praktijk.list.emptyLeergang')}
          </Text>
        ) : null}
        {assignments.length > 0 ? (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="sm" striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('praktijk.list.assignment')}</Table.Th>
                  <Table.Th>{t('praktijk.list.leerjaar')}</Table.Th>
                  <Table.Th>{t('praktijk.dueOnShort')}</Table.Th>
                  {mode === 'opleider' ? <Table.Th>{t('praktijk.list.parts')}</Table.Th> : null}
                  <Table.Th>{mode === 'opleider' ? t('praktijk.list.submissions') : t('praktijk.list.myStatus')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {assignments.map((a) => {
                  const status = a.mySubmission?.status ?? null;
                  const late = mode === 'deelnemer' && isOverdue(a.dueOn, today, status);
                  return (
                    <Table.Tr key={a.id}>
                      <Table.Td>
                        <Anchor component={Link} to={assignmentPath(a.id)} fw={600}>
                          {a.title}
                        </Anchor>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{t('praktijk.yearShort', { number: a.leerjaar.number })}</Table.Td>
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <span>{formatDate(a.dueOn, i18n.language)}</span>
                          {late ? (
                            <Badge color="red" variant="light">
                              {t('praktijk.overdue')}
                            </Badge>
                          ) : null}
                        </Group>
                      </Table.Td>
                      {mode === 'opleider' ? <Table.Td>{a.parts.map((p) => t(`praktijk.parts.${p}`)).join(', ')}</Table.Td> : null}
                      <Table.Td>
                        {mode === 'opleider' ? (
                          <SubmissionCounts assignmentId={a.id} deelnemers={leergang.deelnemerCount} />
                        ) : (
                          <SubmissionStatusBadge status={status} />
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
      </Stack>
    </Card>
  );
}

/** "Je hebt feedback gekregen op …": the deelnemer's cue that an opleider answered. */
export function FeedbackNotices() {
  const { t } = useTranslation();
  const [{ data }] = useQuery({
    query: PraktijkMySubmissionsQuery,
    requestPolicy: 'cache-and-network',
    context: useMemo(() => CONTEXT, []),
  });
  const notices = (data?.mySubmissions ?? []).filter((s) => s.status === 'FEEDBACK_GEGEVEN' || s.status === 'HERKANSING');
  if (notices.length === 0) return null;
  return (
    <Alert color="teal" variant="light" icon={<IconBell size={20} aria-hidden />} title={t('praktijk.list.feedbackNoticeTitle')}>
      <Stack gap={4}>
        {notices.map((s) => (
          <Group key={s.id} gap="xs">
            <Text size="sm">
              {s.status === 'HERKANSING'
                ? t('praktijk.list.herkansingNotice', { title: s.assignment.title })
                : t('praktijk.list.feedbackNotice', { title: s.assignment.title })}
            </Text>
            <Anchor component={Link} to={assignmentPath(s.assignment.id)} size="sm" fw={600}>
              {t('praktijk.list.open')}
            </Anchor>
          </Group>
        ))}
      </Stack>
    </Alert>
  );
}
