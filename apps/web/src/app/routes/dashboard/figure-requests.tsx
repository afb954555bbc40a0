// /dashboard/requests?figure&part&from&to&unitId: exactly the requests behind one number of the dashboard, paged, with
// the count in the header (it equals the card's number) and the list as an Excel file.
import { ArrowLeftOutlined, FileExcelOutlined } from '@ant-design/icons';
import type { DashboardFigure, FigurePart, FigureRequestItem } from '@banshishi/contracts';
import { Alert, Button, Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DownloadButton } from '../../../components/download-button';
import { LoadError } from '../../../components/load-error';
import { PageHeader } from '../../../components/page-header';
import { figureRequestsExportUrl, useFigureRequests } from '../../../features/evaluation/api/get-dashboard';
import { scopeFromSearch, searchFromScope } from '../../../features/evaluation/utils/dashboard-scope';
import { RequestStatusTag } from '../../../components/request-status-tag';
import type { RequestStatus } from '@banshishi/workflow';
import { useFormat } from '../../../lib/use-format';
import { categoryName } from '../../../lib/localized-name';

const FIGURES: readonly DashboardFigure[] = [
  'responseRate',
  'onTimeResolutionRate',
  'resolutionRate',
  'partlyRate',
  'satisfactionRate',
  'satisfiedOnlyRate',
  'participationRate',
  'overdueRate',
  'reopenRate',
  'medianResponseHours',
  'medianResolveHours',
  'backlog',
];
const PAGE_SIZE = 20;

export function FigureRequestsRoute() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [search, setSearch] = useSearchParams();
  const scope = scopeFromSearch(search);
  const figure = FIGURES.find((name) => name === search.get('figure'));
  const part: FigurePart = search.get('part') === 'numerator' ? 'numerator' : 'denominator';
  const page = Math.max(1, Number(search.get('page')) || 1);
  const list = useFigureRequests(scope, { figure: figure ?? 'satisfactionRate', part, page, limit: PAGE_SIZE });

  const back = (
    <Link to={`/dashboard?${searchFromScope(scope)}`}>
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0, marginBottom: 8 }}>
        {t('nav.dashboard')}
      </Button>
    </Link>
  );
  if (!figure) {
    return (
      <>
        {back}
        <Alert type="error" showIcon message={t('evaluation.requests.unknownFigure')} />
      </>
    );
  }
  const title = `${t(`evaluation.figure.${figure}`)} · ${t(`evaluation.parts.${figure}.${part}`, { defaultValue: t(`evaluation.part.${part}`) })}`;

  return (
    <>
      {back}
      <PageHeader
        title={title}
        extra={
          <DownloadButton icon={<FileExcelOutlined />} url={figureRequestsExportUrl(scope, figure, part, i18n.language)}>
            {t('evaluation.requests.export')}
          </DownloadButton>
        }
      >
        {t('evaluation.requests.intro', { from: scope.from, to: scope.to })}
      </PageHeader>
      {list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Card size="small">
          <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="figure-requests-total" data-total={list.data?.total ?? ''}>
            {list.data ? t('evaluation.requests.total', { count: list.data.total }) : t('common.loading')}
          </Typography.Title>
          {figure === 'satisfactionRate' && part === 'numerator' && (
            <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('evaluation.requests.weightedNumerator')} />
          )}
          <Table<FigureRequestItem>
            size="small"
            rowKey="id"
            data-testid="figure-requests"
            loading={list.isFetching}
            dataSource={list.data?.items ?? []}
            scroll={{ x: 720 }}
            locale={{ emptyText: t('evaluation.requests.none') }}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: list.data?.total ?? 0,
              showSizeChanger: false,
              hideOnSinglePage: true,
              onChange: (next) => setSearch(searchFromScope(scope, { figure, part, page: next })),
            }}
            columns={[
              { key: 'code', title: t('intake.detail.code'), render: (_, row) => <Link to={`/inbox/${row.id}`}>{row.code}</Link> },
              { key: 'title', title: t('evaluation.requests.title'), dataIndex: 'title', ellipsis: true },
              { key: 'status', title: t('evaluation.requests.status'), render: (_, row) => <RequestStatusTag status={row.status as RequestStatus} /> },
              { key: 'category', title: t('intake.detail.category'), render: (_, row) => categoryName(row, i18n.language) },
              { key: 'unit', title: t('intake.detail.unit'), dataIndex: 'unitName' },
              { key: 'submitted', title: t('intake.detail.submittedAt'), render: (_, row) => format.dateTime(row.submittedAt) },
            ]}
          />
        </Card>
      )}
    </>
  );
}
