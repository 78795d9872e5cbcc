import { Anchor, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { DetailSkeleton } from '@/components/loading';
import { Page } from '@/components/page';
import { QueryError } from '@/components/query-error';
import { DashboardSchoolQuery } from '../api/dashboard-options';
import { StaffProgress } from '../components/staff-progress';

/** /voortgang/scholen/:id: one school's staff, as its directie sees them. */
export default function SchoolProgressRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [{ data, error }] = useQuery({ query: DashboardSchoolQuery, variables: { id } });
  const back = (
    <Anchor component={Link} to="/voortgang" size="sm">
      <IconArrowLeft size={14} aria-hidden /> {t('dashboard.school.back')}
    </Anchor>
  );
  if (error && !data) return <QueryError error={error} />;
  if (!data) return <DetailSkeleton />;
  return (
    <Page title={t('dashboard.school.title', { name: data.school.name })} before={back}>
      <Text c="dimmed">{t('dashboard.intro.directie')}</Text>
      <StaffProgress filter={{ schoolId: id }} caption={t('dashboard.intro.directie')} showSchool={false} charts />
    </Page>
  );
}
