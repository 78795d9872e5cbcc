import { Group, Select, Table, Text } from '@mantine/core';
import { IconClipboardList } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { EmptyState } from '@/components/empty-state';
import { ConnectionPager } from '@/components/connection-pager';
import { ListStates } from '@/components/list-states';
import { SchoolSelect } from '@/components/school-select';
import { formatDate, formatDay } from '@/lib/format';
import { useCursorPager } from '@/lib/use-cursor-pager';
import { PraktijkSubmissionStatusesQuery } from '../api/submission-statuses';
import type { PraktijkLeergang } from './assignment-lists';
import { SubmissionStatusBadge } from './status-badge';

const PAGE_SIZE = 25;
const NOWRAP = { whiteSpace: 'nowrap' } as const;
const CONTEXT = { additionalTypenames: ['Submission', 'SubmissionStatusRow'] };

/**
 * What a directie or bestuur sees: per staff member and assignment the status
 * and its dates. No link leads to content; the server has none to give them.
 */
export function StaffStatuses({ leergangen }: { leergangen: readonly PraktijkLeergang[] }) {
  const { t, i18n } = useTranslation();
  const [leergangId, setLeergangId] = useState<string | null>(null);
  const [schoolId, setSchoolId] = useState<string | null>(null);
  const pager = useCursorPager(JSON.stringify([leergangId, schoolId]));
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PraktijkSubmissionStatusesQuery,
    variables: { leergangId, schoolId, first: PAGE_SIZE, after: pager.after },
    requestPolicy: 'cache-and-network',
    context: useMemo(() => CONTEXT, []),
  });
  const connection = data?.submissionStatuses;
  const filtered = Boolean(leergangId || schoolId);

  return (
    <>
      <Group align="flex-end" gap="md">
        <Select
          label={t('praktijk.list.leergang')}
          placeholder={t('praktijk.list.allLeergangen')}
          clearable
          value={leergangId}
          onChange={setLeergangId}
          data={leergangen.map((l) => ({ value: l.id, label: l.name }))}
          w={320}
        />
        <SchoolSelect label={t('praktijk.list.school')} placeholder={t('praktijk.list.allSchools')} value={schoolId} onChange={setSchoolId} w={260} />
      </Group>
      <ListStates
        connection={connection}
        hasData={Boolean(data)}
        error={error}
        fetching={fetching}
        filtered={filtered}
        empty={<EmptyState title={t('praktijk.list.emptyStaff')} text={t('praktijk.list.emptyStaffText')} icon={<IconClipboardList size={28} />} />}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {(connection) => (
          <>
            <Table.ScrollContainer minWidth={900}>
              <Table striped verticalSpacing="sm" aria-label={t('praktijk.staff.caption')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('praktijk.list.person')}</Table.Th>
                    <Table.Th>{t('praktijk.list.assignment')}</Table.Th>
                    <Table.Th>{t('praktijk.dueOnShort')}</Table.Th>
                    <Table.Th>{t('praktijk.detail.statusFilter')}</Table.Th>
                    <Table.Th>{t('praktijk.list.version')}</Table.Th>
                    <Table.Th>{t('praktijk.list.handedInAt')}</Table.Th>
                    <Table.Th>{t('praktijk.list.feedbackGivenAt')}</Table.Th>
                    <Table.Th>{t('praktijk.list.completedAt')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {connection.nodes.map((row) => (
                    <Table.Tr key={row.submissionId}>
                      <Table.Td fw={600}>{row.person.name}</Table.Td>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {row.assignmentTitle}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {t('praktijk.leergangYear', { leergang: row.leergangName, number: row.leerjaarNumber })}
                        </Text>
                      </Table.Td>
                      <Table.Td style={NOWRAP}>{formatDate(row.dueOn, i18n.language)}</Table.Td>
                      <Table.Td>
                        <SubmissionStatusBadge status={row.status} />
                      </Table.Td>
                      <Table.Td>{row.version || t('common.none')}</Table.Td>
                      <Table.Td style={NOWRAP}>{formatDay(row.handedInAt, i18n.language) || t('common.none')}</Table.Td>
                      <Table.Td style={NOWRAP}>{formatDay(row.feedbackGivenAt, i18n.language) || t('common.none')}</Table.Td>
                      <Table.Td style={NOWRAP}>{formatDay(row.completedAt, i18n.language) || t('common.none')}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <ConnectionPager connection={connection} pager={pager} pageSize={PAGE_SIZE} />
          </>
        )}
      </ListStates>
    </>
  );
}
