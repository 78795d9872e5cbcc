import { Anchor, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { DetailSkeleton } from '@/components/loading';
import { Page } from '@/components/page';
import { QueryError } from '@/components/query-error';
import type { AssignmentFields } from '@/gql/graphql';
import { notifySuccess } from '@/lib/notify';
import { CreateAssignmentMutation } from '../api/create-assignment';
import { PraktijkLeergangenQuery } from '../api/leergangen';
import { assignmentPath } from '../utils/paths';
import { AssignmentForm } from '../components/assignment-form';
import { emptyAssignment } from '../utils/assignment-form-values';

export default function AssignmentNewRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PraktijkLeergangenQuery });
  const [{ fetching: creating }, create] = useMutation(CreateAssignmentMutation);
  const managed = useMemo(() => (data?.leergangen.nodes ?? []).filter((l) => l.canManage), [data]);
  const preselected = params.get('leergang');
  const initial = useMemo(() => {
    const leergangId = managed.some((l) => l.id === preselected) ? preselected : managed.length === 1 ? (managed[0]?.id ?? null) : null;
    return emptyAssignment(leergangId);
  }, [managed, preselected]);

  const onSubmit = async (leergangId: string, assignment: AssignmentFields) => {
    const result = await create({ input: { leergangId, assignment } });
    if (result.error) return result.error;
    notifySuccess(t('praktijk.form.created'));
    if (result.data) await navigate(assignmentPath(result.data.createAssignment.assignment.id));
    return undefined;
  };

  return (
    <Page
      title={t('praktijk.form.newTitle')}
      before={
        <Anchor component={Link} to="/opdrachten" size="sm">
          <IconArrowLeft size={14} aria-hidden /> {t('praktijk.back')}
        </Anchor>
      }
    >
      {error && !data ? <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
      {fetching && !data ? <DetailSkeleton /> : null}
      {data && managed.length === 0 ? <Text>{t('praktijk.form.noLeergangen')}</Text> : null}
      {data && managed.length > 0 ? (
        <AssignmentForm
          key={initial.leergangId ?? ''}
          initialValues={initial}
          leergangen={managed}
          onSubmit={onSubmit}
          submitting={creating}
          submitLabel={t('praktijk.form.create')}
        />
      ) : null}
    </Page>
  );
}
