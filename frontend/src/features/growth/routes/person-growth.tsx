import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { Page } from '@/components/page';
import { ScanSubjectQuery } from '../api/scan-form';
import { GrowthOverview } from '../components/growth-overview';
import { IntakeSection } from '../components/intake-section';

/**
 * /groei/deelnemers/:personId?leergang=: one deelnemer's growth and intake for
 * an opleider, directie, bestuur or maatje, as far as the server's policy
 * allows (it answers FORBIDDEN otherwise, shown on the page).
 */
export default function PersonGrowthRoute() {
  const { t } = useTranslation();
  const { personId = '' } = useParams();
  const [params] = useSearchParams();
  const leergangId = params.get('leergang');
  const [subject] = useQuery({ query: ScanSubjectQuery, variables: { leergangId: leergangId ?? '', personId }, pause: !leergangId });
  const name = subject.data?.growth.person.name;
  return (
    <Page title={name ? t('growth.personTitle', { name }) : t('growth.title')}>
      {!leergangId ? (
        <Text>{t('growth.missingLeergang')}</Text>
      ) : (
        <Stack gap="xl">
          <Text c="dimmed">{t('growth.personIntro')}</Text>
          <GrowthOverview leergangId={leergangId} personId={personId} />
          <IntakeSection leergangId={leergangId} personId={personId} />
        </Stack>
      )}
    </Page>
  );
}
