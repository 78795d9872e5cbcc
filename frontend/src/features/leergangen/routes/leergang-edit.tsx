import { Button } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { DetailLoading } from '@/components/detail-loading';
import { MessagePage, NoAccessPage } from '@/components/message-page';
import { Page } from '@/components/page';
import type { LeergangFields } from '@/gql/graphql';
import { hasErrorCode } from '@/lib/errors';
import { notifySuccess } from '@/lib/notify';
import { LeergangQuery } from '../api/leergang';
import { UpdateLeergangMutation } from '../api/update-leergang';
import { BackLink } from '../components/back-link';
import { LeergangForm } from '../components/leergang-form';
import { leergangToFormValues } from '../components/leergang-form-values';

export default function LeergangEditRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: LeergangQuery, variables: { id } });
  const [{ fetching: saving }, update] = useMutation(UpdateLeergangMutation);
  const leergang = data?.leergang;
  const initialValues = useMemo(() => (leergang ? leergangToFormValues(leergang) : null), [leergang]);
  const knownPeople = useMemo(
    () => (leergang ? [...leergang.opleiders, ...leergang.stuurgroep, ...leergang.groups.flatMap((g) => g.members)] : []),
    [leergang],
  );

  if (hasErrorCode(error, 'FORBIDDEN')) {
    return <MessagePage title={t('errors.noAccessTitle')} message={t('leergangen.forbidden')} icon={<IconLock size={28} />} />;
  }
  if (hasErrorCode(error, 'NOT_FOUND')) {
    return <MessagePage title={t('errors.notFoundTitle')} message={t('leergangen.notFound')} />;
  }
  const detailPath = `/leergangen/${encodeURIComponent(id)}`;
  const back = <BackLink to={detailPath}>{leergang?.name ?? t('leergangen.title')}</BackLink>;
  if (!leergang || !initialValues) {
    return <DetailLoading back={back} error={error} fetching={fetching} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  }
  if (!leergang.canManage) return <NoAccessPage message={t('leergangen.cannotManage')} />;

  const onSubmit = async (fields: LeergangFields) => {
    const result = await update({ input: { id: leergang.id, leergang: fields } });
    if (result.error) return result.error;
    notifySuccess(t('common.saved'));
    await navigate(detailPath);
    return undefined;
  };

  return (
    <Page title={t('leergangen.editTitle', { name: leergang.name })} documentTitle={leergang.name} before={back}>
      <LeergangForm
        key={leergang.id}
        initialValues={initialValues}
        knownPeople={knownPeople}
        onSubmit={onSubmit}
        submitting={saving}
        submitLabel={t('common.save')}
        extraActions={
          <Button variant="default" component={Link} to={detailPath}>
            {t('common.cancel')}
          </Button>
        }
      />
    </Page>
  );
}
