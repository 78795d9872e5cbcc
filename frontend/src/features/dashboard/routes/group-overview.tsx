import { Anchor } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { DetailSkeleton } from '@/components/loading';
import { Page } from '@/components/page';
import { QueryError } from '@/components/query-error';
import { DashboardLeergangQuery } from '../api/dashboard-options';
import { StaffProgress } from '../components/staff-progress';

/** /leergangen/:id/overzicht: the opleider's group overview, a row per deelnemer, with charts. */
export default function GroupOverviewRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [{ data, error }] = useQuery({ query: DashboardLeergangQuery, variables: { id } });
  const back = (
    <Anchor component={Link} to={`/leergangen/${id}`} size="sm">
      <IconArrowLeft size={14} aria-hidden /> {t('dashboard.group.back')}
    </Anchor>
  );
  if (error && !data) return <QueryError error={error} />;
  if (!data) return <DetailSkeleton />;
  return (
    <Page title={t('dashboard.group.title', { name: data.leergang.name })} before={back}>
      <StaffProgress filter={{ leergangId: id }} caption={t('dashboard.group.title', { name: data.leergang.name })} showLeergang={false} charts />
    </Page>
  );
}
