import { Anchor, Button, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconLock, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { DetailLoading } from '@/components/detail-loading';
import { MessagePage } from '@/components/message-page';
import { Page } from '@/components/page';
import { useIsBeheerder, useViewer } from '@/lib/auth';
import { hasErrorCode } from '@/lib/errors';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { DeleteSchoolMutation } from '../api/delete-school';
import { SchoolQuery } from '../api/school';
import { UpdateSchoolMutation } from '../api/update-school';
import { SchoolForm } from '../components/school-form';
import type { SchoolInputFields } from '../components/school-form-values';
import { SchoolStaff } from '../components/school-staff';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} fw={500}>
        {value}
      </Text>
    </div>
  );
}

export default function SchoolDetailRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const canEdit = useIsBeheerder();
  const viewer = useViewer();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: SchoolQuery, variables: { id } });
  const [{ fetching: saving }, update] = useMutation(UpdateSchoolMutation);
  const [{ fetching: deletePending }, remove] = useMutation(DeleteSchoolMutation);
  const [confirming, setConfirming] = useState(false);

  if (hasErrorCode(error, 'FORBIDDEN')) {
    return <MessagePage title={t('errors.noAccessTitle')} message={t('schools.forbidden')} icon={<IconLock size={28} />} />;
  }
  if (hasErrorCode(error, 'NOT_FOUND')) {
    return <MessagePage title={t('errors.notFoundTitle')} message={t('schools.notFound')} />;
  }

  const back = (
    <Anchor component={Link} to="/scholen" size="sm">
      <IconArrowLeft size={14} aria-hidden /> {t('schools.title')}
    </Anchor>
  );
  const school = data?.school;
  if (!school) {
    return <DetailLoading back={back} error={error} fetching={fetching} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  }

  const onSubmit = async (fields: SchoolInputFields) => {
    const result = await update({ input: { id: school.id, ...fields } });
    if (result.error) return result.error;
    notifySuccess(t('common.saved'));
    return undefined;
  };

  const onDelete = async () => {
    const result = await remove({ input: { id: school.id } });
    setConfirming(false);
    if (result.error) {
      showMutationError(result.error);
      return;
    }
    notifySuccess(t('common.deleted'));
    await navigate('/scholen');
  };

  return (
    <Page title={school.name} before={back}>
      <Card withBorder padding="lg" component="section" aria-labelledby="school-details">
        <Stack gap="md">
          <Title order={2} size="h3" id="school-details">
            {t('schools.details')}
          </Title>
          {canEdit ? (
            <SchoolForm
              key={school.id}
              initialValues={{
                name: school.name,
                brin: school.brin,
                plaats: school.plaats,
                region: school.region,
                organisationId: school.organisation.id,
              }}
              onSubmit={onSubmit}
              submitting={saving}
              submitLabel={t('common.save')}
              extraActions={
                <Button variant="subtle" color="red" leftSection={<IconTrash size={18} aria-hidden />} onClick={() => setConfirming(true)}>
                  {t('common.delete')}
                </Button>
              }
            />
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0}>
              <Fact label={t('schools.brin')} value={school.brin} />
              <Fact label={t('schools.plaats')} value={school.plaats} />
              <Fact label={t('schools.region')} value={t(`regions.${school.region}`)} />
              <Fact label={t('schools.organisation')} value={school.organisation.name} />
            </SimpleGrid>
          )}
        </Stack>
      </Card>
      <Card withBorder padding="lg" component="section" aria-labelledby="school-staff">
        <Stack gap="md">
          <Title order={2} size="h3" id="school-staff">
            {t('schools.staff')}
          </Title>
          <SchoolStaff schoolId={school.id} linkToPeople={viewer.menu.includes('people')} />
        </Stack>
      </Card>
      <ConfirmDialog
        opened={confirming}
        title={t('schools.deleteTitle')}
        message={t('schools.deleteConfirm', { name: school.name })}
        confirmLabel={t('common.delete')}
        danger
        loading={deletePending}
        onConfirm={() => void onDelete()}
        onClose={() => setConfirming(false)}
      />
    </Page>
  );
}
