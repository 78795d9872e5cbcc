import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { NoAccessPage } from '@/components/message-page';
import { Page } from '@/components/page';
import type { LeergangFields } from '@/gql/graphql';
import { hasRole, useViewer } from '@/lib/auth';
import { notifySuccess } from '@/lib/notify';
import { CreateLeergangMutation } from '../api/create-leergang';
import { BackLink } from '../components/back-link';
import { LeergangForm } from '../components/leergang-form';
import { emptyLeergang } from '../components/leergang-form-values';
import { useCanCreateLeergang } from '../components/leergang-permissions';

export default function LeergangNewRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const viewer = useViewer();
  const canCreate = useCanCreateLeergang();
  const [{ fetching }, create] = useMutation(CreateLeergangMutation);

  if (!canCreate) return <NoAccessPage />;

  // An opleider who sets up a leergang teaches it; the server adds them anyway.
  const me = hasRole(viewer, 'OPLEIDER') ? [{ id: viewer.person.id, name: viewer.person.name }] : [];

  const onSubmit = async (leergang: LeergangFields) => {
    const result = await create({ input: { leergang } });
    if (result.error) return result.error;
    notifySuccess(t('leergangen.created'));
    if (result.data) await navigate(`/leergangen/${encodeURIComponent(result.data.createLeergang.leergang.id)}`);
    return undefined;
  };

  return (
    <Page title={t('leergangen.new')} before={<BackLink to="/leergangen">{t('leergangen.title')}</BackLink>}>
      <LeergangForm
        initialValues={emptyLeergang(me.map((p) => p.id))}
        knownPeople={me}
        onSubmit={onSubmit}
        submitting={fetching}
        submitLabel={t('leergangen.form.create')}
      />
    </Page>
  );
}
