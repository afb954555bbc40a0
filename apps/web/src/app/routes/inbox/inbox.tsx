// /inbox (诉求台): the requests in the caller's scope, the clock that runs out first first; filters in the address.
import type { RequestListItem } from '@banshishi/contracts';
import { Button, Flex } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DataAsOfNote } from '../../../components/data-as-of-note';
import { LoadError } from '../../../components/load-error';
import { PageHeader } from '../../../components/page-header';
import { WhyLink } from '../../../components/why-link';
import { useInbox, type InboxFilters as Filters } from '../../../features/triage/api/get-inbox';
import { useRequestCounts } from '../../../features/triage/api/get-request-counts';
import { BulkBar } from '../../../features/triage/components/bulk-bar';
import { InboxCounts } from '../../../features/triage/components/inbox-counts';
import { InboxFilters } from '../../../features/triage/components/inbox-filters';
import { InboxTable } from '../../../features/triage/components/inbox-table';
import { filtersFromSearch, searchFromFilters } from '../../../features/triage/utils/inbox-search-params';

/** The answers the page shows (「数据截至 …」 when a read replica gave them) */
const INBOX_PATHS = ['/requests', '/requests/counts'];

export function InboxRoute() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const filters = useMemo(() => filtersFromSearch(search), [search]);
  const inbox = useInbox(filters);
  const counts = useRequestCounts(filters.unitId);
  const [selected, setSelected] = useState<RequestListItem[]>([]);

  const items = useMemo(() => inbox.data?.pages.flatMap((page) => page.items) ?? [], [inbox.data]);
  const setFilters = (next: Filters) => setSearch(searchFromFilters(next), { replace: true });
  const select = (ids: string[]) => {
    const known = new Map([...selected, ...items].map((item) => [item.id, item]));
    setSelected(ids.flatMap((id) => known.get(id) ?? []));
  };

  return (
    <>
      <PageHeader title={t('nav.inbox')}>
        {t('triage.inbox.intro')} <WhyLink stage="triage" /> <DataAsOfNote paths={INBOX_PATHS} />
      </PageHeader>
      {counts.isError ? (
        <LoadError error={counts.error} onRetry={() => void counts.refetch()} />
      ) : (
        <InboxCounts
          counts={counts.data}
          status={filters.status}
          overdue={!!filters.overdue}
          onStatus={(status) => setFilters({ ...filters, status })}
          onOverdue={(overdue) => setFilters({ ...filters, overdue: overdue || undefined })}
        />
      )}
      <InboxFilters filters={filters} onChange={setFilters} />
      <BulkBar selected={selected} onClear={() => setSelected([])} onDone={(ok) => setSelected((rows) => rows.filter((row) => !ok.includes(row.id)))} />
      {inbox.isError && !inbox.data ? (
        <LoadError error={inbox.error} onRetry={() => void inbox.refetch()} />
      ) : (
        <>
          <InboxTable
            items={items}
            loading={inbox.isPending || (inbox.isFetching && !inbox.isFetchingNextPage && inbox.isPlaceholderData)}
            selected={selected.map((item) => item.id)}
            onSelect={select}
          />
          <Flex justify="center" style={{ marginTop: 16 }}>
            {inbox.hasNextPage && (
              <Button onClick={() => void inbox.fetchNextPage()} loading={inbox.isFetchingNextPage}>
                {t('common.loadMore')}
              </Button>
            )}
          </Flex>
        </>
      )}
    </>
  );
}
