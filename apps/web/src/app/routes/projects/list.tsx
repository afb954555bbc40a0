// /projects (实事项目) with status tabs; /projects/approval (项目审批) is the same list fixed on 待审批.
import { PlusOutlined } from '@ant-design/icons';
import { PROJECT_STATUSES, PROJECT_STATUS_LABELS, type ProjectStatus } from '@banshishi/workflow';
import { Button, Flex, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LoadError } from '../../../components/load-error';
import { PageHeader } from '../../../components/page-header';
import { useProjects } from '../../../features/projects/api/get-projects';
import { ProjectsTable } from '../../../features/projects/components/projects-table';
import { workflowLabel } from '../../../lib/workflow-label';

const ALL = 'all';

function ProjectList({ status }: { status?: ProjectStatus }) {
  const { t } = useTranslation();
  const projects = useProjects(status);
  if (projects.isError) return <LoadError error={projects.error} onRetry={() => void projects.refetch()} />;
  return (
    <>
      <ProjectsTable items={projects.data?.pages.flatMap((page) => page.items) ?? []} loading={projects.isPending} />
      {projects.hasNextPage && (
        <Flex justify="center" style={{ marginTop: 16 }}>
          <Button onClick={() => void projects.fetchNextPage()} loading={projects.isFetchingNextPage}>
            {t('common.loadMore')}
          </Button>
        </Flex>
      )}
    </>
  );
}

export function ProjectsRoute() {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const status = (PROJECT_STATUSES as readonly string[]).includes(search.get('status') ?? '') ? (search.get('status') as ProjectStatus) : undefined;
  return (
    <>
      <PageHeader
        title={t('nav.projects')}
        extra={
          <Link to="/inbox">
            <Button icon={<PlusOutlined />}>{t('projects.fromInbox')}</Button>
          </Link>
        }
      >
        {t('projects.intro')}
      </PageHeader>
      <Tabs
        activeKey={status ?? ALL}
        onChange={(key) => setSearch(key === ALL ? {} : { status: key }, { replace: true })}
        items={[{ key: ALL, label: t('triage.inbox.all') }, ...PROJECT_STATUSES.map((key) => ({ key, label: workflowLabel(PROJECT_STATUS_LABELS[key], i18n.language) }))]}
      />
      <ProjectList key={status ?? ALL} status={status} />
    </>
  );
}

export function ProjectApprovalRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.projectsApproval')}>{t('projects.approvalIntro')}</PageHeader>
      <ProjectList status="pending_approval" />
    </>
  );
}
