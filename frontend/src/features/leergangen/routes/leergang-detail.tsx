import { Button, Tabs } from '@mantine/core';
import { IconCalendarEvent, IconChartBar, IconCopy, IconInfoCircle, IconLock, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { DetailLoading } from '@/components/detail-loading';
import { MessagePage } from '@/components/message-page';
import { Page } from '@/components/page';
import { hasErrorCode } from '@/lib/errors';
import { LeergangQuery } from '../api/leergang';
import { BackLink } from '../components/back-link';
import { CopyLeergangDialog } from '../components/copy-leergang-dialog';
import { LeergangAttendance } from '../components/leergang-attendance';
import { useCanCreateLeergang, useCanSeeAttendanceStats } from '../components/leergang-permissions';
import { LeergangFramework } from '../components/leergang-framework';
import { LeergangOverview } from '../components/leergang-overview';
import { LeergangSessions } from '../components/leergang-sessions';
import { LeergangStatusBadge } from '../components/status-badges';
import { TAB_ATTENDANCE, TAB_OVERVIEW, TAB_SESSIONS } from '../utils/paths';

function focusDateOf(state: unknown): string | null {
  if (state && typeof state === 'object' && 'focusDate' in state && typeof state.focusDate === 'string') return state.focusDate;
  return null;
}

export default function LeergangDetailRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const requestedTab = params.get('tab');
  const canCreate = useCanCreateLeergang();
  const [copying, setCopying] = useState(false);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: LeergangQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const seesAttendance = useCanSeeAttendanceStats(data?.leergang);

  if (hasErrorCode(error, 'FORBIDDEN')) {
    return <MessagePage title={t('errors.noAccessTitle')} message={t('leergangen.forbidden')} icon={<IconLock size={28} />} />;
  }
  if (hasErrorCode(error, 'NOT_FOUND')) {
    return <MessagePage title={t('errors.notFoundTitle')} message={t('leergangen.notFound')} />;
  }

  const back = <BackLink to="/leergangen">{t('leergangen.title')}</BackLink>;
  const leergang = data?.leergang;
  if (!leergang) {
    return <DetailLoading back={back} error={error} fetching={fetching} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  }

  const tab = requestedTab === TAB_SESSIONS || (requestedTab === TAB_ATTENDANCE && seesAttendance) ? requestedTab : TAB_OVERVIEW;

  const onTabChange = (value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === TAB_SESSIONS || value === TAB_ATTENDANCE) next.set('tab', value);
    else next.delete('tab');
    setParams(next, { replace: true });
  };

  return (
    <Page
      title={leergang.name}
      before={back}
      titleExtra={<LeergangStatusBadge status={leergang.status} />}
      actions={
        leergang.canManage ? (
          <>
            {canCreate ? (
              <Button variant="default" leftSection={<IconCopy size={18} aria-hidden />} onClick={() => setCopying(true)}>
                {t('leergangen.copy.button')}
              </Button>
            ) : null}
            <Button component={Link} to={`/leergangen/${encodeURIComponent(leergang.id)}/bewerken`} leftSection={<IconPencil size={18} aria-hidden />}>
              {t('common.edit')}
            </Button>
          </>
        ) : null
      }
    >
      <Tabs value={tab} onChange={onTabChange} keepMounted={false}>
        <Tabs.List mb="lg">
          <Tabs.Tab value={TAB_OVERVIEW} leftSection={<IconInfoCircle size={16} aria-hidden />}>
            {t('leergangen.tabs.overview')}
          </Tabs.Tab>
          <Tabs.Tab value={TAB_SESSIONS} leftSection={<IconCalendarEvent size={16} aria-hidden />}>
            {t('leergangen.tabs.sessions')}
          </Tabs.Tab>
          {seesAttendance ? (
            <Tabs.Tab value={TAB_ATTENDANCE} leftSection={<IconChartBar size={16} aria-hidden />}>
              {t('leergangen.tabs.attendance')}
            </Tabs.Tab>
          ) : null}
        </Tabs.List>
        <Tabs.Panel value={TAB_OVERVIEW}>
          <LeergangFramework leergangId={leergang.id} />
          <LeergangOverview leergang={leergang} />
        </Tabs.Panel>
        <Tabs.Panel value={TAB_SESSIONS}>
          <LeergangSessions leergang={leergang} focusDate={focusDateOf(location.state)} />
        </Tabs.Panel>
        {seesAttendance ? (
          <Tabs.Panel value={TAB_ATTENDANCE}>
            <LeergangAttendance leergang={leergang} />
          </Tabs.Panel>
        ) : null}
      </Tabs>
      {copying ? <CopyLeergangDialog leergang={leergang} opened onClose={() => setCopying(false)} /> : null}
    </Page>
  );
}
