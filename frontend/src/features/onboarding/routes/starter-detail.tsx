import { Anchor, Button, Stack, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { DetailSkeleton } from '@/components/loading';
import { NoAccessPage } from '@/components/message-page';
import { Page } from '@/components/page';
import { QueryError } from '@/components/query-error';
import { hasErrorCode } from '@/lib/errors';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { StartChecklistMutation } from '../api/start-checklist';
import { StarterChecklistQuery } from '../api/starter-checklist';
import { ChecklistItems } from '../components/checklist-items';
import { ProgressOverview } from '../components/progress-overview';
import { TemplateChangesAlert } from '../components/template-changes-alert';

/** /starters/:personId: one starter's checklist for their maatje, directie, bestuur or a beheerder. */
export default function StarterDetailRoute() {
  const { t } = useTranslation();
  const { personId = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: StarterChecklistQuery,
    variables: { starterId: personId },
    requestPolicy: 'cache-and-network',
  });
  const [{ fetching: starting }, start] = useMutation(StartChecklistMutation);
  const checklist = data?.checklist ?? null;
  const back = (
    <Anchor component={Link} to="/starters" size="sm">
      <IconArrowLeft size={14} aria-hidden /> {t('onboarding.starters.backToStarters')}
    </Anchor>
  );
  if (hasErrorCode(error, 'FORBIDDEN') || hasErrorCode(error, 'NOT_FOUND')) return <NoAccessPage />;

  const startList = async () => {
    const result = await start({ input: { starterId: personId } });
    if (result.error) {
      showMutationError(result.error);
      return;
    }
    notifySuccess(t('onboarding.checklist.started'));
    reexecute({ requestPolicy: 'network-only' });
  };

  return (
    <Page title={checklist ? t('onboarding.starters.detailTitle', { name: checklist.starterName }) : t('onboarding.checklist.title')} before={back}>
      {error && !data ? <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
      {fetching && !data ? <DetailSkeleton /> : null}
      {data && !checklist ? (
        <Stack gap="sm">
          <Text>{t('onboarding.checklist.none')}</Text>
          <Button onClick={() => void startList()} loading={starting} w="fit-content">
            {t('onboarding.checklist.start')}
          </Button>
        </Stack>
      ) : null}
      {checklist ? (
        <Stack gap="lg">
          <Text c="dimmed">{checklist.schoolNames.join(', ')}</Text>
          <ProgressOverview progress={checklist.progress} />
          <TemplateChangesAlert checklist={checklist} />
          <ChecklistItems checklist={checklist} />
        </Stack>
      ) : null}
    </Page>
  );
}
