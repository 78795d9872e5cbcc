import { Button, Stack, Text, Title } from '@mantine/core';
import { IconClipboardCheck, IconPlus } from '@tabler/icons-react';
import { useId } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState } from '@/components/empty-state';
import { TableSkeleton } from '@/components/loading';
import { Page } from '@/components/page';
import { QueryError } from '@/components/query-error';
import { hasRole, useViewer } from '@/lib/auth';
import { PraktijkLeergangenQuery } from '../api/leergangen';
import { FeedbackNotices, LeergangAssignments } from '../components/assignment-lists';
import { StaffStatuses } from '../components/staff-statuses';

function Section({ title, intro, children, showTitle }: { title: string; intro: string; children: ReactNode; showTitle: boolean }) {
  const id = useId();
  return (
    <Stack gap="md" component="section" aria-labelledby={showTitle ? id : undefined} aria-label={showTitle ? undefined : title}>
      <Stack gap={2}>
        {showTitle ? (
          <Title order={2} size="h3" id={id}>
            {title}
          </Title>
        ) : null}
        <Text c="dimmed">{intro}</Text>
      </Stack>
      {children}
    </Stack>
  );
}

/**
 * /opdrachten: an opleider's assignments per leergang with the submissions'
 * progress; a deelnemer's assignments with their own status and any new
 * feedback; for a directie or bestuur the status of their staff only.
 */
export default function AssignmentsRoute() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const isOpleider = hasRole(viewer, 'OPLEIDER') || hasRole(viewer, 'BEHEERDER');
  const isDeelnemer = hasRole(viewer, 'DEELNEMER');
  const isStaff = hasRole(viewer, 'DIRECTIE') || hasRole(viewer, 'BESTUUR');
  const sections = [isOpleider, isDeelnemer, isStaff].filter(Boolean).length;

  const [{ data, fetching, error }, reexecute] = useQuery({ query: PraktijkLeergangenQuery, requestPolicy: 'cache-and-network' });
  const leergangen = data?.leergangen.nodes ?? [];
  const managed = leergangen.filter((l) => l.canManage);
  const followed = leergangen.filter((l) => !l.canManage);

  const newButton =
    isOpleider && managed.length > 0 ? (
      <Button component={Link} to="/opdrachten/nieuw" leftSection={<IconPlus size={18} aria-hidden />}>
        {t('praktijk.newAssignment')}
      </Button>
    ) : null;

  return (
    <Page title={t('praktijk.title')} actions={newButton}>
      {error && !data ? <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
      {fetching && !data ? <TableSkeleton /> : null}

      {data && isDeelnemer ? (
        <Section title={t('praktijk.list.deelnemerTitle')} intro={t('praktijk.list.deelnemerIntro')} showTitle={sections > 1}>
          <FeedbackNotices />
          {followed.length === 0 ? (
            <EmptyState
              title={t('praktijk.list.emptyDeelnemer')}
              text={t('praktijk.list.emptyDeelnemerText')}
              icon={<IconClipboardCheck size={28} />}
            />
          ) : (
            followed.map((l) => <LeergangAssignments key={l.id} leergang={l} mode="deelnemer" />)
          )}
        </Section>
      ) : null}

      {data && isOpleider ? (
        <Section title={t('praktijk.list.opleiderTitle')} intro={t('praktijk.list.opleiderIntro')} showTitle={sections > 1}>
          {managed.length === 0 ? (
            <EmptyState
              title={t('praktijk.list.emptyOpleider')}
              text={t('praktijk.list.emptyOpleiderText')}
              icon={<IconClipboardCheck size={28} />}
            />
          ) : (
            managed.map((l) => <LeergangAssignments key={l.id} leergang={l} mode="opleider" />)
          )}
        </Section>
      ) : null}

      {isStaff ? (
        <Section title={t('praktijk.list.staffTitle')} intro={t('praktijk.list.staffIntro')} showTitle={sections > 1}>
          <StaffStatuses leergangen={leergangen} />
        </Section>
      ) : null}
    </Page>
  );
}
