import { Anchor, Button, Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconMessages, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState } from '@/components/empty-state';
import { TableSkeleton } from '@/components/loading';
import { Page } from '@/components/page';
import { QueryError } from '@/components/query-error';
import { hasRole, useViewer } from '@/lib/auth';
import { IntervisieGroupsQuery } from '../api/intervisie';
import { GroupForm } from '../components/group-form';
import { meetingWhen, nextMeeting } from '../components/meeting-time';

const CONTEXT = { additionalTypenames: ['IntervisieGroup'] };

/** /intervisie: the viewer's groups with their next meeting; beheerder and bestuur make new groups. */
export default function IntervisieGroupsRoute() {
  const { t, i18n } = useTranslation();
  const viewer = useViewer();
  const beheerder = hasRole(viewer, 'BEHEERDER');
  const canCreate = beheerder || hasRole(viewer, 'BESTUUR');
  const [creating, setCreating] = useState(false);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: IntervisieGroupsQuery, requestPolicy: 'cache-and-network', context: CONTEXT });
  const groups = data?.intervisieGroups ?? [];

  return (
    <Page
      title={t('mentoring.intervisie.title')}
      actions={
        canCreate ? (
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
            {t('mentoring.intervisie.newGroup')}
          </Button>
        ) : null
      }
    >
      <Text c="dimmed" mt={-8}>
        {t('mentoring.intervisie.intro')}
      </Text>
      {error && !data ? <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
      {fetching && !data ? <TableSkeleton /> : null}
      {data && groups.length === 0 ? <EmptyState title={t('mentoring.intervisie.empty')} icon={<IconMessages size={28} />} /> : null}
      <SimpleGrid cols={{ base: 1, md: 2 }} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {groups.map((g) => {
          const next = nextMeeting(g.meetings);
          return (
            <Card key={g.id} withBorder component="li">
              <Stack gap={4}>
                <Anchor component={Link} to={`/intervisie/${g.id}`} fw={600} size="lg">
                  {g.name}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {[g.organisationName, g.facilitatorName, g.leergangName].filter(Boolean).join(' · ')}
                </Text>
                <Text size="sm">{t('mentoring.intervisie.membersCount', { count: g.members.length })}</Text>
                <Text size="sm">
                  {t('mentoring.intervisie.nextMeeting')}: {next ? meetingWhen(next.startsAt, next.endsAt, i18n.language) : t('mentoring.intervisie.noMeetings')}
                </Text>
              </Stack>
            </Card>
          );
        })}
      </SimpleGrid>
      {canCreate ? (
        <GroupForm
          opened={creating}
          onClose={() => setCreating(false)}
          chooseOrganisation={beheerder}
          initial={{
            organisationId: beheerder ? null : (viewer.person.organisation?.id ?? null),
            name: '',
            description: '',
            facilitatorId: null,
            leergangId: null,
            memberIds: [],
          }}
        />
      ) : null}
    </Page>
  );
}
