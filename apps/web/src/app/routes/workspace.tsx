// /workspace (我的工作台): what the signed-in handler has to get done, due soonest first.
import { ReloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { WhyLink } from '../../components/why-link';
import { useWorkspace } from '../../features/implementation/api/get-workspace';
import { WorkspaceCounts, WorkspaceList } from '../../features/implementation/components/workspace-list';

export function WorkspaceRoute() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  return (
    <>
      <PageHeader
        title={t('nav.workspace')}
        extra={
          <Button icon={<ReloadOutlined />} loading={workspace.isFetching} onClick={() => void workspace.refetch()}>
            {t('workspace.refresh')}
          </Button>
        }
      >
        {t('workspace.intro')} <WhyLink stage="implementation" />
      </PageHeader>
      <QueryState query={workspace}>
        {(work) => (
          <>
            <WorkspaceCounts counts={work.counts} />
            <WorkspaceList items={work.items} />
          </>
        )}
      </QueryState>
    </>
  );
}
