import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { DetailSkeleton } from '@/components/loading';
import { Page } from '@/components/page';
import { QueryError } from '@/components/query-error';
import { MyIntervisieCard } from '@/features/mentoring/components/my-intervisie-card';
import { MyMaatjeCard } from '@/features/mentoring/components/my-maatje-card';
import { useViewer } from '@/lib/auth';
import { hasErrorCode } from '@/lib/errors';
import { showMutationError } from '@/lib/mutation-errors';
import { MyChecklistQuery } from '../api/my-checklist';
import { StartChecklistMutation } from '../api/start-checklist';
import { ChecklistItems } from '../components/checklist-items';
import { MyDocumentsCard } from '../components/documents-list';
import { DueCard } from '../components/due-card';
import { ProgressOverview } from '../components/progress-overview';
import { TemplateChangesAlert } from '../components/template-changes-alert';

/**
 * /inwerkperiode: the starter's home. A starter without a checklist gets one
 * from their organisation's template the first time they open this page.
 */
export default function InwerkperiodeRoute() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MyChecklistQuery, requestPolicy: 'cache-and-network' });
  const [{ fetching: starting }, start] = useMutation(StartChecklistMutation);
  const tried = useRef(false);
  const checklist = data?.myChecklist ?? null;
  const shouldStart = Boolean(data && !checklist && viewer.person.isStarter);

  useEffect(() => {
    if (!shouldStart || tried.current) return;
    tried.current = true;
    void start({ input: { starterId: viewer.person.id } }).then((result) => {
      // A CONFLICT means another tab started it a moment ago: just load it.
      if (result.error && !hasErrorCode(result.error, 'CONFLICT')) showMutationError(result.error);
      else reexecute({ requestPolicy: 'network-only' });
    });
  }, [shouldStart, start, viewer.person.id, reexecute]);

  return (
    <Page title={t('onboarding.myTitle')}>
      <Text c="dimmed">{t('onboarding.myIntro')}</Text>
      {error && !data ? <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
      {(fetching && !data) || starting ? <DetailSkeleton /> : null}
      {starting ? <Text role="status">{t('onboarding.starting')}</Text> : null}
      {data && !checklist && !viewer.person.isStarter ? <Text>{t('onboarding.notStarter')}</Text> : null}
      {checklist ? (
        <Stack gap="lg">
          <ProgressOverview progress={checklist.progress} />
          <TemplateChangesAlert checklist={checklist} />
        </Stack>
      ) : null}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <MyMaatjeCard />
        <MyIntervisieCard />
      </SimpleGrid>
      {data ? (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <DueCard checklist={checklist} />
          <MyDocumentsCard />
        </SimpleGrid>
      ) : null}
      {checklist ? <ChecklistItems checklist={checklist} /> : null}
    </Page>
  );
}
