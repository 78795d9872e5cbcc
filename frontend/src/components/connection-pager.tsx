import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Pager } from './pager';

/** The parts of a Relay connection a pager needs. */
interface PagedConnection {
  nodes: readonly unknown[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

interface CursorPager {
  pageIndex: number;
  previous: () => void;
  next: (endCursor: string | null | undefined) => void;
}

interface ConnectionPagerProps {
  connection: PagedConnection;
  pager: CursorPager;
  pageSize: number;
  /** Say "nothing found" above the pager when the page is empty. */
  showNoResults?: boolean;
}

/** The footer every paged list shares: an empty-result line and Vorige/Volgende. */
export function ConnectionPager({ connection, pager, pageSize, showNoResults = true }: ConnectionPagerProps) {
  const { t } = useTranslation();
  return (
    <>
      {showNoResults && connection.nodes.length === 0 ? (
        <Text c="dimmed" py="md">
          {t('common.noResults')}
        </Text>
      ) : null}
      <Pager
        pageIndex={pager.pageIndex}
        pageSize={pageSize}
        count={connection.nodes.length}
        total={connection.totalCount}
        hasNextPage={connection.pageInfo.hasNextPage}
        onPrevious={pager.previous}
        onNext={() => pager.next(connection.pageInfo.endCursor)}
      />
    </>
  );
}
