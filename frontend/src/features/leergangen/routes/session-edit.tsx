import { Alert, Button } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { DetailLoading } from '@/components/detail-loading';
import { MessagePage, NoAccessPage } from '@/components/message-page';
import { Page } from '@/components/page';
import type { SessionFields } from '@/gql/graphql';
import { hasErrorCode } from '@/lib/errors';
import { notifySuccess } from '@/lib/notify';
import { LeergangQuery } from '../api/leergang';
import { SessionForEditQuery } from '../api/session';
import { UpdateSessionMutation } from '../api/update-session';
import { BackLink } from '../components/back-link';
import { SessionForm } from '../components/session-form';
import { sessionToFormValues } from '../components/session-form-values';
import { fromRfc3339 } from '../utils/amsterdam-time';
import { sessionsTabPath } from '../utils/paths';
import type { SessionsTabState } from '../utils/paths';

export default function SessionEditRoute() {
  const { t } = useTranslation();
  const { id = '', sessionId = '' } = useParams();
  const navigate = useNavigate();
  const [leergangResult, reexecuteLeergang] = useQuery({ query: LeergangQuery, variables: { id } });
  const [sessionResult, reexecuteSession] = useQuery({ query: SessionForEditQuery, variables: { id: sessionId }, requestPolicy: 'network-only' });
  const [{ fetching: saving }, update] = useMutation(UpdateSessionMutation);
  const leergang = leergangResult.data?.leergang;
  const session = sessionResult.data?.session;
  const initialValues = useMemo(() => (session ? sessionToFormValues(session) : null), [session]);

  const error = leergangResult.error ?? sessionResult.error;
  if (hasErrorCode(error, 'FORBIDDEN')) {
    return <MessagePage title={t('errors.noAccessTitle')} message={t('leergangen.sessionForm.forbidden')} icon={<IconLock size={28} />} />;
  }
  if (hasErrorCode(error, 'NOT_FOUND') || (session && session.leergang.id !== id)) {
    return <MessagePage title={t('errors.notFoundTitle')} message={t('leergangen.sessionForm.notFound')} />;
  }
  const back = <BackLink to={sessionsTabPath(id)}>{leergang?.name ?? t('leergangen.title')}</BackLink>;
  if (!leergang || !session || !initialValues) {
    return (
      <DetailLoading
        back={back}
        error={error}
        fetching={leergangResult.fetching || sessionResult.fetching}
        onRetry={() => {
          reexecuteLeergang({ requestPolicy: 'network-only' });
          reexecuteSession({ requestPolicy: 'network-only' });
        }}
      />
    );
  }
  if (!session.canManage) return <NoAccessPage message={t('leergangen.cannotManage')} />;

  const onSubmit = async (fields: SessionFields) => {
    const result = await update({ input: { id: session.id, session: fields } });
    if (result.error) return result.error;
    notifySuccess(t('common.saved'));
    const state: SessionsTabState = { focusDate: fromRfc3339(fields.startsAt).date };
    await navigate(sessionsTabPath(leergang.id), { state });
    return undefined;
  };

  return (
    <Page title={t('leergangen.sessionForm.editTitle', { title: session.title })} documentTitle={session.title} before={back}>
      {session.cancelledAt ? (
        <Alert color="red" variant="light" title={t('leergangen.sessionStatus.cancelled')}>
          {t('leergangen.sessionForm.editingCancelled')}
        </Alert>
      ) : null}
      <SessionForm
        key={session.id}
        leergang={leergang}
        sessionId={session.id}
        initialValues={initialValues}
        knownPeople={[...leergang.opleiders, ...session.opleiders]}
        onSubmit={onSubmit}
        submitting={saving}
        submitLabel={t('common.save')}
        extraActions={
          <Button variant="default" component={Link} to={sessionsTabPath(leergang.id)}>
            {t('common.cancel')}
          </Button>
        }
      />
    </Page>
  );
}
