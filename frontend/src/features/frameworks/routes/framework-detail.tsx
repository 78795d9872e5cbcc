import { Alert, Anchor, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconFileImport, IconInfoCircle, IconLock, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { DetailLoading } from '@/components/detail-loading';
import { MessagePage } from '@/components/message-page';
import { Page } from '@/components/page';
import { BackLink } from '@/features/leergangen/components/back-link';
import { hasErrorCode } from '@/lib/errors';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { FrameworkQuery } from '../api/frameworks';
import { DeleteFrameworkMutation } from '../api/mutations';
import { ExampleBadge, ExampleNotice } from '../components/example-badge';
import { ExportButtons } from '../components/export-buttons';
import { FrameworkCompetencies } from '../components/framework-editor';
import { FrameworkHeadModal } from '../components/framework-head-modal';
import { ImportDialog } from '../components/import-dialog';
import { ScaleTable } from '../components/scale-table';
import { frameworkPath } from '../utils/paths';

/** /kaders/:id: a framework with its scale and competencies; the editor for beheerders and opleiders. */
export default function FrameworkDetailRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<'head' | 'import' | 'delete' | null>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: FrameworkQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const [deleting, deleteFramework] = useMutation(DeleteFrameworkMutation);

  if (hasErrorCode(error, 'FORBIDDEN')) {
    return <MessagePage title={t('errors.noAccessTitle')} message={t('frameworks.forbidden')} icon={<IconLock size={28} />} />;
  }
  if (hasErrorCode(error, 'NOT_FOUND')) {
    return <MessagePage title={t('errors.notFoundTitle')} message={t('frameworks.notFound')} />;
  }
  const back = <BackLink to="/kaders">{t('frameworks.back')}</BackLink>;
  const framework = data?.framework;
  if (!framework) {
    return <DetailLoading back={back} error={error} fetching={fetching} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  }

  const remove = async () => {
    const result = await deleteFramework({ input: { id: framework.id } });
    setDialog(null);
    if (result.error) {
      showMutationError(result.error);
      return;
    }
    notifySuccess(t('frameworks.deleted'));
    await navigate('/kaders');
  };

  const actions = framework.canEdit ? (
    <>
      <Button variant="default" leftSection={<IconPencil size={18} aria-hidden />} onClick={() => setDialog('head')}>
        {t('frameworks.editHead')}
      </Button>
      <Button variant="default" leftSection={<IconFileImport size={18} aria-hidden />} onClick={() => setDialog('import')}>
        {t('frameworks.import')}
      </Button>
    </>
  ) : null;

  return (
    <Page title={framework.name} before={back} titleExtra={framework.isExample ? <ExampleBadge /> : null} actions={actions}>
      {framework.isExample ? <ExampleNotice /> : null}
      {framework.description ? <Text maw={760}>{framework.description}</Text> : null}
      <Text size="sm" c="dimmed">
        {t('frameworks.counts', {
          competencies: t('frameworks.competencyCount', { count: framework.competencyCount }),
          aspects: t('frameworks.aspectCount', { count: framework.aspectCount }),
        })}
      </Text>
      {framework.hasRatings && framework.canEdit ? (
        <Alert color="blue" icon={<IconInfoCircle size={18} aria-hidden />}>
          {t('frameworks.ratedNotice')}
        </Alert>
      ) : null}
      <ExportButtons frameworkId={framework.id} />

      <Stack gap="xs" component="section" aria-labelledby="framework-scale">
        <Title order={2} size="h3" id="framework-scale">
          {t('frameworks.scale.title')}
        </Title>
        <ScaleTable scale={framework.scale} />
      </Stack>

      {framework.leergangen.length > 0 ? (
        <Stack gap="xs" component="section" aria-labelledby="framework-used-by">
          <Title order={2} size="h3" id="framework-used-by">
            {t('frameworks.usedBy')}
          </Title>
          <List size="sm">
            {framework.leergangen.map((l) => (
              <List.Item key={l.id}>
                <Anchor component={Link} to={`/leergangen/${encodeURIComponent(l.id)}`}>
                  {l.name}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Stack>
      ) : null}

      <FrameworkCompetencies framework={framework} />

      {framework.canEdit && framework.leergangen.length === 0 && !framework.hasRatings ? (
        <Group>
          <Button variant="subtle" color="red" leftSection={<IconTrash size={18} aria-hidden />} onClick={() => setDialog('delete')}>
            {t('frameworks.deleteFramework')}
          </Button>
        </Group>
      ) : null}

      {dialog === 'head' ? <FrameworkHeadModal framework={framework} onSaved={() => setDialog(null)} onClose={() => setDialog(null)} /> : null}
      {dialog === 'import' ? (
        <ImportDialog
          framework={framework}
          onImported={(f) => {
            setDialog(null);
            if (f.id !== framework.id) void navigate(frameworkPath(f.id));
          }}
          onClose={() => setDialog(null)}
        />
      ) : null}
      <ConfirmDialog
        opened={dialog === 'delete'}
        title={t('frameworks.deleteConfirmTitle')}
        message={t('frameworks.deleteConfirm', { name: framework.name })}
        confirmLabel={t('common.delete')}
        danger
        loading={deleting.fetching}
        onConfirm={() => void remove()}
        onClose={() => setDialog(null)}
      />
    </Page>
  );
}
