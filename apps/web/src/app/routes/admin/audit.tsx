import { FileExcelOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { DownloadButton } from '../../../components/download-button';
import { LoadError } from '../../../components/load-error';
import { PageHeader } from '../../../components/page-header';
import { auditExportUrl, useAuditEntries } from '../../../features/audit/api/get-audit-entries';
import { AuditFilters } from '../../../features/audit/components/audit-filters';
import { AuditTable, auditObjectName } from '../../../features/audit/components/audit-table';
import { auditFilterFromSearch, auditFilterQuery, isFiltered, type AuditFilter } from '../../../features/audit/utils/audit-filter';
import { isAuditEntityType } from '@banshishi/workflow';

/** 审计日志: who did what to which object and when, newest first; filtered by person, action, object and days; exported. */
export function AuditRoute() {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const filter = auditFilterFromSearch(search);
  const setFilter = (next: AuditFilter) => setSearch(new URLSearchParams(auditFilterQuery(next)), { replace: true });
  const audit = useAuditEntries(filter);
  const entries = audit.data?.pages.flatMap((page) => page.items) ?? [];
  const actorEntry = filter.actorId ? entries.find((entry) => entry.actorId === filter.actorId) : undefined;
  const objectEntry = filter.entityId ? entries.find((entry) => entry.entityId === filter.entityId) : undefined;

  return (
    <>
      <PageHeader
        title={t('nav.audit')}
        extra={
          <DownloadButton icon={<FileExcelOutlined />} url={auditExportUrl(filter, i18n.language)}>
            {t('audit.export')}
          </DownloadButton>
        }
      >
        {t('audit.intro')}
      </PageHeader>
      <AuditFilters
        key={filter.object ?? ''}
        filter={filter}
        onChange={setFilter}
        actorLabel={actorEntry?.actorName ?? undefined}
        entityLabel={objectEntry ? (auditObjectName(objectEntry, i18n.language) ?? undefined) : undefined}
      />
      {audit.isError && !audit.data ? (
        <LoadError error={audit.error} onRetry={() => void audit.refetch()} />
      ) : (
        <>
          <AuditTable
            entries={entries}
            loading={audit.isPending || audit.isPlaceholderData}
            filtered={isFiltered(filter)}
            onPerson={(entry) => entry.actorId && setFilter({ ...filter, actorId: entry.actorId })}
            onObject={(entry) =>
              entry.entityId &&
              setFilter({ ...filter, entityType: isAuditEntityType(entry.entityType) ? entry.entityType : undefined, entityId: entry.entityId, object: undefined })
            }
          />
          {audit.isFetchNextPageError && <ApiErrorAlert error={audit.error} />}
          {audit.hasNextPage && (
            <Flex justify="center" style={{ marginTop: 16 }}>
              <Button onClick={() => void audit.fetchNextPage()} loading={audit.isFetchingNextPage}>
                {t('common.loadMore')}
              </Button>
            </Flex>
          )}
        </>
      )}
    </>
  );
}
