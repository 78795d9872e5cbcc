import { Badge, Box, Code, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditLogQuery } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';

type AuditEntry = AuditLogQuery['auditLog']['nodes'][number];

const ACTION_COLORS: Record<AuditEntry['action'], string> = {
  LOGIN: 'gray',
  LOGIN_FAILED: 'orange',
  DENIED: 'red',
  RECORDING_VIEWED: 'blue',
  EXPORT: 'grape',
  ERASURE: 'dark',
  ROLES_CHANGED: 'teal',
};

/** A person column: the current name, "verwijderde gebruiker" once erased, or nobody. */
function PersonCell({ id, name, none }: { id?: string | null; name?: string | null; none: string }) {
  const { t } = useTranslation();
  if (name) return <Text size="sm">{name}</Text>;
  if (id) {
    return (
      <Text size="sm" c="dimmed" title={id}>
        {t('audit.erasedPerson')}
      </Text>
    );
  }
  return (
    <Text size="sm" c="dimmed">
      {none}
    </Text>
  );
}

/** The audit entries as a table: when (local time), action, who, about whom, object, details, request id. */
export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped verticalSpacing="xs" captionSide="top">
        <Table.Caption>
          <VisuallyHidden>{t('audit.caption')}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.when')}</Table.Th>
            <Table.Th scope="col">{t('audit.what')}</Table.Th>
            <Table.Th scope="col">{t('audit.who')}</Table.Th>
            <Table.Th scope="col">{t('audit.subject')}</Table.Th>
            <Table.Th scope="col">{t('audit.objectColumn')}</Table.Th>
            <Table.Th scope="col">{t('audit.details')}</Table.Th>
            <Table.Th scope="col">{t('audit.requestId')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((e) => (
            <Table.Tr key={e.id} data-testid="audit-entry">
              <Table.Td>
                <time dateTime={e.at} title={t('audit.utc', { time: e.at })}>
                  {formatDateTime(e.at, i18n.language)}
                </time>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={ACTION_COLORS[e.action]}>
                  {t(`audit.actions.${e.action}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <PersonCell id={e.actorId} name={e.actorName} none={t('audit.anonymous')} />
              </Table.Td>
              <Table.Td>
                <PersonCell id={e.subjectId} name={e.subjectName} none="—" />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{e.objectType || '—'}</Text>
                {e.objectId ? (
                  <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                    {e.objectId}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  {e.detail.map((d) => (
                    <Text size="xs" key={d.key} style={{ wordBreak: 'break-word' }}>
                      {d.key}: {d.value}
                    </Text>
                  ))}
                  {e.ip ? (
                    <Text size="xs" c="dimmed">
                      {t('audit.ip')}: {e.ip}
                    </Text>
                  ) : null}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Box>
                  <Code>{e.requestId || '—'}</Code>
                </Box>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
