import { Anchor, Button, Stack } from '@mantine/core';
import { IconArrowLeft, IconLock } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { DetailSkeleton } from '@/components/loading';
import { MessagePage, NoAccessPage } from '@/components/message-page';
import { Page } from '@/components/page';
import { QueryError } from '@/components/query-error';
import type { AssignmentFields } from '@/gql/graphql';
import { hasErrorCode } from '@/lib/errors';
import { notifySuccess } from '@/lib/notify';
import { PraktijkAssignmentQuery } from '../api/assignment';
import { PraktijkLeergangenQuery } from '../api/leergangen';
import { UpdateAssignmentMutation } from '../api/update-assignment';
import { assignmentPath } from '../utils/paths';
import { AssignmentForm } from '../components/assignment-form';
import { fromAssignment } from '../utils/assignment-form-values';

export default function AssignmentEditRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PraktijkAssignmentQuery, variables: { id } });
  const [{ data: leergangen }] = useQuery({ query: PraktijkLeergangenQuery });
  const [{ fetching: saving }, update] = useMutation(UpdateAssignmentMutation);
  const assignment = data?.assignment;
  const initial = useMemo(() => (assignment ? fromAssignment(assignment) : null), [assignment]);
  const options = useMemo(() => (leergangen?.leergangen.nodes ?? []).filter((l) => l.canManage), [leergangen]);

  if (hasErrorCode(error, 'FORBIDDEN')) {
    return <MessagePage title={t('errors.noAccessTitle')} message={t('praktijk.forbidden')} icon={<IconLock size={28} />} />;
  }
  if (hasErrorCode(error, 'NOT_FOUND')) {
    return <MessagePage title={t('errors.notFoundTitle')} message={t('praktijk.notFound')} />;
  }
  if (assignment && !assignment.canManage) return <NoAccessPage />;

  const back = (
    <Anchor component={Link} to={assignmentPath(id)} size="sm">
      <IconArrowLeft size={14} aria-hidden /> {assignment?.title ?? t('praktijk.back')}
    </Anchor>
  );

  const onSubmit = async (_leergangId: string, fields: AssignmentFields) => {
    const result = await update({ input: { id, assignment: fields } });
    if (result.error) return result.error;
    notifySuccess(t('common.saved'));
    await navigate(assignmentPath(id));
    return undefined;
  };

  return (
    <Page title={t('praktijk.form.editTitle')} before={back}>
      {!assignment || !initial || !leergangen ? (
        <Stack gap="lg">
          {error ? <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
          {fetching ? <DetailSkeleton /> : null}
        </Stack>
      ) : (
        <AssignmentForm
          key={assignment.id}
          initialValues={initial}
          leergangen={options}
          lockLeergang
          onSubmit={onSubmit}
          submitting={saving}
          submitLabel={t('common.save')}
          extraActions={
            <Button component={Link} to={assignmentPath(id)} variant="default">
              {t('common.cancel')}
            </Button>
          }
        />
      )}
    </Page>
  );
}
