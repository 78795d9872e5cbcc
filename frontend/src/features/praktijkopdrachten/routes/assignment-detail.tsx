import { Anchor, Button, Group, Text } from '@mantine/core';
import { IconArrowLeft, IconLock, IconPencil, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { DetailLoading } from '@/components/detail-loading';
import { MessagePage } from '@/components/message-page';
import { Page } from '@/components/page';
import { useViewer } from '@/lib/auth';
import { hasErrorCode } from '@/lib/errors';
import { formatDate } from '@/lib/format';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { PraktijkAssignmentQuery } from '../api/assignment';
import { DeleteAssignmentMutation } from '../api/delete-assignment';
import { AssignmentSummary } from '../components/assignment-summary';
import { MySubmission } from '../components/my-submission';
import { SubmissionStatusBadge } from '../components/status-badge';
import { SubmissionsTable } from '../components/submissions-table';

// The draft, comments and files change through mutations whose answers may
// not mention this query's types yet (the first save creates the submission).
const CONTEXT = { additionalTypenames: ['Submission', 'SubmissionVersion', 'VideoComment', 'DeletePayload'] };

/** /opdrachten/:id — for its opleiders the assignment and its submissions, for a deelnemer their own submission. */
export default function AssignmentDetailRoute() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const viewer = useViewer();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PraktijkAssignmentQuery,
    variables: { id },
    context: useMemo(() => CONTEXT, []),
  });
  const [{ fetching: deleting }, remove] = useMutation(DeleteAssignmentMutation);
  const [confirmDelete, setConfirmDelete] = useState(false);

  if (hasErrorCode(error, 'FORBIDDEN')) {
    return <MessagePage title={t('errors.noAccessTitle')} message={t('praktijk.forbidden')} icon={<IconLock size={28} />} />;
  }
  if (hasErrorCode(error, 'NOT_FOUND')) {
    return <MessagePage title={t('errors.notFoundTitle')} message={t('praktijk.notFound')} />;
  }

  const back = (
    <Anchor component={Link} to="/opdrachten" size="sm">
      <IconArrowLeft size={14} aria-hidden /> {t('praktijk.back')}
    </Anchor>
  );
  const assignment = data?.assignment;
  if (!assignment) {
    return <DetailLoading back={back} error={error} fetching={fetching} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  }

  const onDelete = async () => {
    const result = await remove({ input: { id: assignment.id } });
    setConfirmDelete(false);
    if (result.error) {
      showMutationError(result.error);
      return;
    }
    notifySuccess(t('praktijk.detail.deleted'));
    await navigate('/opdrachten');
  };

  const submission = assignment.mySubmission;

  return (
    <Page
      title={assignment.title}
      before={back}
      titleExtra={!assignment.canManage ? <SubmissionStatusBadge status={submission?.status ?? null} size="lg" /> : null}
      actions={
        assignment.canManage ? (
          <>
            <Button variant="default" color="red" leftSection={<IconTrash size={18} aria-hidden />} onClick={() => setConfirmDelete(true)}>
              {t('praktijk.detail.delete')}
            </Button>
            <Button component={Link} to={`/opdrachten/${encodeURIComponent(assignment.id)}/bewerken`} leftSection={<IconPencil size={18} aria-hidden />}>
              {t('praktijk.detail.edit')}
            </Button>
          </>
        ) : null
      }
    >
      <Group gap="xs" mt={-8}>
        <Text c="dimmed">
          {t('praktijk.leergangYear', { leergang: assignment.leergang.name, number: assignment.leerjaar.number })} ·{' '}
          {t('praktijk.dueOn')} {formatDate(assignment.dueOn, i18n.language)}
        </Text>
      </Group>
      <AssignmentSummary assignment={assignment} />
      {assignment.canManage ? (
        <SubmissionsTable assignmentId={assignment.id} />
      ) : (
        <MySubmission assignment={assignment} submission={submission} viewerId={viewer.person.id} />
      )}
      <ConfirmDialog
        opened={confirmDelete}
        title={t('praktijk.detail.deleteTitle')}
        message={t('praktijk.detail.deleteConfirm', { title: assignment.title })}
        confirmLabel={t('praktijk.detail.delete')}
        danger
        loading={deleting}
        onConfirm={() => void onDelete()}
        onClose={() => setConfirmDelete(false)}
      />
    </Page>
  );
}
