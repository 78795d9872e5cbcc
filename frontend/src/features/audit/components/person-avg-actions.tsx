import { Anchor, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconShieldSearch, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatBytes } from '@/features/praktijkopdrachten/upload/upload-stats';
import { useViewer } from '@/lib/auth';
import { personAuditPath, personExportUrl } from '../api/export-url';
import { ErasePersonDialog } from './erase-person-dialog';
import { useFileDownload } from './use-file-download';

/** The AVG section of a person's page, for beheerders: export (with progress) and erasure. */
export function PersonAvgActions({ person }: { person: { id: string; name: string } }) {
  const { t, i18n } = useTranslation();
  const { state, start } = useFileDownload();
  // Nobody erases themselves (the server refuses it too).
  const self = useViewer().person.id === person.id;
  const [erasing, setErasing] = useState(false);
  const loading = state.status === 'loading';
  const size = formatBytes(state.received, i18n.language);

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="person-avg">
      <Stack gap="sm">
        <Title order={2} size="h3" id="person-avg">
          {t('audit.avg.heading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('audit.avg.intro')}
        </Text>
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconDownload size={18} aria-hidden />}
            loading={loading}
            onClick={() => void start(personExportUrl(person.id), 'avg-export.zip')}
          >
            {t('audit.avg.export')}
          </Button>
          {!self ? (
            <Button color="red" variant="light" leftSection={<IconTrash size={18} aria-hidden />} onClick={() => setErasing(true)}>
              {t('audit.avg.erase')}
            </Button>
          ) : null}
          <Anchor component={Link} to={personAuditPath(person)} size="sm">
            <IconShieldSearch size={14} aria-hidden /> {t('audit.avg.auditLink')}
          </Anchor>
        </Group>
        <Group gap="xs" aria-live="polite" role="status" mih={24}>
          {loading ? (
            <>
              <Loader size="xs" aria-hidden />
              <Text size="sm">
                {t('audit.avg.exporting')} {state.received > 0 ? t('audit.avg.received', { size }) : null}
              </Text>
            </>
          ) : null}
          {state.status === 'done' ? <Text size="sm">{t('audit.avg.exportDone', { size })}</Text> : null}
          {state.status === 'error' ? (
            <Text size="sm" c="red">
              {state.error ?? t('audit.avg.exportFailed')}
            </Text>
          ) : null}
        </Group>
      </Stack>
      <ErasePersonDialog opened={erasing} person={person} onClose={() => setErasing(false)} />
    </Card>
  );
}
