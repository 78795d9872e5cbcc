import { Anchor, Badge, Button, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { IconUsersGroup, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState } from '@/components/empty-state';
import { TableSkeleton } from '@/components/loading';
import { QueryError } from '@/components/query-error';
import { hasRole, useViewer } from '@/lib/auth';
import { formatDate } from '@/lib/format';
import { MentoringPairingsQuery } from '../api/pairings';
import { PairStarterModal } from './pair-starter-modal';

const PAIRINGS_CONTEXT = { additionalTypenames: ['MentorPairing'] };

/**
 * The pairings of starters with maatjes the viewer may see, with the
 * suggestion-driven pairing form. Shown as a tab of the Starters page.
 * Owned by the mentoring feature.
 */
export function PairingsPanel() {
  const { t, i18n } = useTranslation();
  const viewer = useViewer();
  const canPair = hasRole(viewer, 'BEHEERDER') || hasRole(viewer, 'BESTUUR');
  const [includeClosed, setIncludeClosed] = useState(false);
  const [pairing, setPairing] = useState(false);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MentoringPairingsQuery,
    variables: { includeClosed, first: 100 },
    requestPolicy: 'cache-and-network',
    context: PAIRINGS_CONTEXT,
  });
  const pairings = data?.mentorPairings.nodes ?? [];
  const lang = i18n.language;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Text c="dimmed">{t('mentoring.pairings.intro')}</Text>
        {canPair ? (
          <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={() => setPairing(true)}>
            {t('mentoring.pair.button')}
          </Button>
        ) : null}
      </Group>
      <Checkbox
        label={t('mentoring.pairings.showClosed')}
        checked={includeClosed}
        onChange={(event) => setIncludeClosed(event.currentTarget.checked)}
      />
      {error && !data ? <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
      {fetching && !data ? <TableSkeleton /> : null}
      {data && pairings.length === 0 ? (
        <EmptyState
          title={t('mentoring.pairings.empty')}
          text={canPair ? t('mentoring.pairings.emptyText') : t('mentoring.pairings.emptyViewer')}
          icon={<IconUsersGroup size={28} />}
        />
      ) : null}
      {pairings.length > 0 ? (
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover aria-label={t('mentoring.pairings.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('mentoring.pairings.starter')}</Table.Th>
                <Table.Th scope="col">{t('mentoring.pairings.maatje')}</Table.Th>
                <Table.Th scope="col">{t('mentoring.pairings.period')}</Table.Th>
                <Table.Th scope="col">{t('mentoring.pairings.meetings')}</Table.Th>
                <Table.Th scope="col">{t('mentoring.pairings.lastMeeting')}</Table.Th>
                <Table.Th scope="col">{t('mentoring.pairings.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pairings.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/starters/koppelingen/${p.id}`} aria-label={t('mentoring.pairings.open_link', { name: p.starter.name })}>
                      {p.starter.name}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {p.starter.schools.join(', ')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {p.maatje.name}
                    <Text size="xs" c="dimmed">
                      {p.maatje.schools.join(', ')}
                    </Text>
                  </Table.Td>
                  <Table.Td>{t('mentoring.pairings.periodValue', { from: formatDate(p.startsOn, lang), to: formatDate(p.endsOn, lang) })}</Table.Td>
                  <Table.Td>{t('mentoring.pairings.meetingCount', { count: p.meetingCount })}</Table.Td>
                  <Table.Td>{p.lastMeetingOn ? formatDate(p.lastMeetingOn, lang) : t('mentoring.pairings.none')}</Table.Td>
                  <Table.Td>
                    <Badge color={p.closedAt ? 'gray' : 'green'} variant="light">
                      {p.closedAt ? t('mentoring.pairings.closed') : t('mentoring.pairings.open')}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {canPair ? <PairStarterModal opened={pairing} onClose={() => setPairing(false)} /> : null}
    </Stack>
  );
}
