import { Box, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconShieldSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { ConnectionPager } from '@/components/connection-pager';
import { EmptyState } from '@/components/empty-state';
import { TableSkeleton } from '@/components/loading';
import { Page } from '@/components/page';
import { QueryError } from '@/components/query-error';
import { useCursorPager } from '@/lib/use-cursor-pager';
import { AuditLogQuery } from '../api/audit-log';
import { NO_FILTERS, type AuditFilterValues } from '../components/audit-filter-values';
import { AuditFilters } from '../components/audit-filters';
import { AuditTable } from '../components/audit-table';

const PAGE_SIZE = 50;

/** The beheerder's audit log: filters, newest first, paged. */
export default function AuditLogRoute() {
  const { t } = useTranslation();
  // A link from a person's page opens the log on that person (?persoon=<id>&naam=<name>).
  const [params] = useSearchParams();
  const [values, setValues] = useState<AuditFilterValues>(() => ({ ...NO_FILTERS, personId: params.get('persoon') }));
  const [debounced] = useDebouncedValue(values, 300);
  const filter = {
    action: debounced.action,
    personId: debounced.personId,
    from: debounced.from || null,
    to: debounced.to || null,
    object: debounced.object.trim() || null,
  };
  const key = JSON.stringify(filter);
  const pager = useCursorPager(key);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AuditLogQuery,
    variables: { filter, first: PAGE_SIZE, after: pager.after },
    requestPolicy: 'cache-and-network',
  });
  const connection = data?.auditLog;
  const filtered = key !== JSON.stringify({ action: null, personId: null, from: null, to: null, object: null });

  return (
    <Page title={t('audit.title')}>
      <Text c="dimmed">{t('audit.intro')}</Text>
      <AuditFilters values={values} onChange={setValues} personName={params.get('naam')} />

      {error ? <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
      {fetching && !data ? <TableSkeleton /> : null}

      {connection && connection.totalCount === 0 && !filtered ? (
        <EmptyState title={t('audit.empty')} text={t('audit.emptyText')} icon={<IconShieldSearch size={28} />} />
      ) : null}

      {connection && (connection.totalCount > 0 || filtered) ? (
        <Box aria-busy={fetching}>
          {connection.nodes.length > 0 ? <AuditTable entries={connection.nodes} /> : null}
          <ConnectionPager connection={connection} pager={pager} pageSize={PAGE_SIZE} />
        </Box>
      ) : null}
    </Page>
  );
}
