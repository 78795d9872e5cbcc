import { Accordion, Badge, Group, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconMail } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { EmptyState } from '@/components/empty-state';
import { ListStates } from '@/components/list-states';
import { Page } from '@/components/page';
import { ConnectionPager } from '@/components/connection-pager';
import { SearchInput } from '@/components/search-input';
import { formatDateTime } from '@/lib/format';
import { useCursorPager } from '@/lib/use-cursor-pager';
import { OutboxQuery } from '../api/outbox';
import { MailBody } from '../components/mail-body';

const PAGE_SIZE = 25;

export default function OutboxRoute() {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const pager = useCursorPager(debouncedSearch);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: OutboxQuery,
    variables: { first: PAGE_SIZE, after: pager.after, search: debouncedSearch || null },
    requestPolicy: 'cache-and-network',
  });
  const connection = data?.outbox;

  return (
    <Page title={t('outbox.title')}>
      <Text c="dimmed">{t('outbox.intro')}</Text>
      <SearchInput label={t('outbox.searchLabel')} value={search} onChange={setSearch} />

      <ListStates
        connection={connection}
        hasData={Boolean(data)}
        error={error}
        fetching={fetching}
        filtered={Boolean(debouncedSearch)}
        empty={<EmptyState title={t('outbox.empty')} text={t('outbox.emptyText')} icon={<IconMail size={28} />} />}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {(connection) => (
          <Stack gap="md">
            {connection.nodes.length === 0 ? <Text c="dimmed">{t('common.noResults')}</Text> : null}
            <Accordion variant="separated" multiple defaultValue={connection.nodes.slice(0, 1).map((m) => m.id)}>
              {connection.nodes.map((m) => (
                <Accordion.Item key={m.id} value={m.id}>
                  <Accordion.Control>
                    <Group justify="space-between" wrap="wrap" gap="xs">
                      <Stack gap={0}>
                        <Text fw={600}>{m.subject}</Text>
                        <Text size="sm" c="dimmed">
                          {t('outbox.to')}: {m.to}
                        </Text>
                      </Stack>
                      <Group gap="xs">
                        <Text size="sm" c="dimmed">
                          {formatDateTime(m.createdAt, i18n.language)}
                        </Text>
                        {m.sentAt ? (
                          <Badge color="green" variant="light">
                            {t('outbox.sentAt')}
                          </Badge>
                        ) : (
                          <Badge color="gray" variant="light" title={t('outbox.notSent')}>
                            {t('outbox.notSent')}
                          </Badge>
                        )}
                      </Group>
                    </Group>
                  </Accordion.Control>
                  <Accordion.Panel>
                    {m.sentAt ? (
                      <Text size="sm" c="dimmed" mb="xs">
                        {t('outbox.sentAt')}: {formatDateTime(m.sentAt, i18n.language)}
                      </Text>
                    ) : null}
                    <MailBody body={m.body} />
                  </Accordion.Panel>
                </Accordion.Item>
              ))}
            </Accordion>
            <ConnectionPager connection={connection} pager={pager} pageSize={PAGE_SIZE} showNoResults={false} />
          </Stack>
        )}
      </ListStates>
    </Page>
  );
}
