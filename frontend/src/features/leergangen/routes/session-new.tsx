import { Button } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { DetailLoading } from '@/components/detail-loading';
import { MessagePage, NoAccessPage } from '@/components/message-page';
import { Page } from '@/components/page';
import type { SessionFields } from '@/gql/graphql';
import { useViewer } from '@/lib/auth';
import { hasErrorCode } from '@/lib/errors';
import { notifySuccess } from '@/lib/notify';
import { CreateSessionMutation } from '../api/create-session';
import { LeergangQuery } from '../api/leergang';
import { BackLink } from '../components/back-link';
import { SessionForm } from '../components/session-form';
import { emptySession } from '../components/session-form-values';
import { amsterdamToday, fromRfc3339 } from '../utils/amsterdam-time';
import { sessionsTabPath } from '../utils/paths';
import { currentLeerjaar } from '../utils/periods';
import type { SessionsTabState } from '../utils/paths';

export default function SessionNewRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const viewer = useViewer();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: LeergangQuery, variables: { id } });
  const [{ fetching: saving }, create] = useMutation(CreateSessionMutation);
  const leergang = data?.leergang;

  const initialValues = useMemo(() => {
    if (!leergang) return null;
    // The opleider who plans usually gives the session; a beheerder gets all opleiders of the leergang.
    const mine = leergang.opleiders.filter((p) => p.id === viewer.person.id);
    const leerjaar = currentLeerjaar(leergang.leerjaren, amsterdamToday());
    return emptySession({
      leerjaarId: leerjaar?.id ?? null,
      opleiderIds: (mine.length > 0 ? mine : leergang.opleiders).map((p) => p.id),
      groupIds: leergang.groups.map((g) => g.id),
    });
  }, [leergang, viewer.person.id]);

  if (hasErrorCode(error, 'FORBIDDEN')) {
    return <MessagePage title={t('errors.noAccessTitle')} message={t('leergangen.forbidden')} icon={<IconLock size={28} />} />;
  }
  if (hasErrorCode(error, 'NOT_FOUND')) {
    return <MessagePage title={t('errors.notFoundTitle')} message={t('leergangen.notFound')} />;
  }
  const back = <BackLink to={sessionsTabPath(id)}>{leergang?.name ?? t('leergangen.title')}</BackLink>;
  if (!leergang || !initialValues) {
    return <DetailLoading back={back} error={error} fetching={fetching} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  }
  if (!leergang.canManage) return <NoAccessPage message={t('leergangen.cannotManage')} />;

  const onSubmit = async (session: SessionFields) => {
    const result = await create({ input: { leergangId: leergang.id, session } });
    if (result.error) return result.error;
    notifySuccess(t('leergangen.sessionForm.created', { title: session.title }));
    const state: SessionsTabState = { focusDate: fromRfc3339(session.startsAt).date };
    await navigate(sessionsTabPath(leergang.id), { state });
    return undefined;
  };

  return (
    <Page title={t('leergangen.sessionForm.newTitle')} before={back}>
      <SessionForm
        leergang={leergang}
        initialValues={initialValues}
        knownPeople={leergang.opleiders}
        onSubmit={onSubmit}
        submitting={saving}
        submitLabel={t('leergangen.sessionForm.create')}
        extraActions={
          <Button variant="default" component={Link} to={sessionsTabPath(leergang.id)}>
            {t('common.cancel')}
          </Button>
        }
      />
    </Page>
  );
}
