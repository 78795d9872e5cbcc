import { Card, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QueryError } from '@/components/query-error';
import { DocumentsQuery } from '../api/documents';
import { DocumentLink } from './document-link';

/** The documents of the viewer's school(s) and organisation, to read (Mijn inwerkperiode). */
export function MyDocumentsCard() {
  const { t } = useTranslation();
  const headingId = useId();
  const [{ data, error }, reexecute] = useQuery({ query: DocumentsQuery, variables: {} });
  const docs = data?.documents ?? [];
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {t('onboarding.documents.myTitle')}
        </Title>
        {error && !data ? <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
        {data && docs.length === 0 ? <Text c="dimmed">{t('onboarding.documents.empty')}</Text> : null}
        <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
          {docs.map((d) => (
            <li key={d.id}>
              <DocumentLink doc={d} />
              <Text size="sm" c="dimmed">
                {d.ownerName}
                {d.description ? ` · ${d.description}` : ''}
              </Text>
            </li>
          ))}
        </Stack>
      </Stack>
    </Card>
  );
}
