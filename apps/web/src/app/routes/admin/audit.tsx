import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { LoadError } from '../../../components/load-error';
import { PageHeader } from '../../../components/page-header';
import { useAuditEntries } from '../../../features/audit/api/get-audit-entries';
import { AuditTable } from '../../../features/audit/components/audit-table';

/** 审计日志: who changed what, newest first. */
export function AuditRoute() {
  const { t } = useTranslation();
  const audit = useAuditEntries();
  const entries = audit.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader title={t('nav.audit')}>{t('audit.intro')}</PageHeader>
      {audit.isError && !audit.data ? (
        <LoadError error={audit.error} onRetry={() => void audit.refetch()} />
      ) : (
        <>
          <AuditTable entries={entries} loading={audit.isPending} />
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
