// The project a request follows, as its requester sees it: progress and milestones from 公示 (nothing more until it is public).
import type { RequestProjectSummary } from '@banshishi/contracts';
import { Card, Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePublicProject } from '../api/get-public-projects';
import { isProjectPublic } from '../utils/project-visibility';
import { PublicMilestones } from './public-milestones';

export function RequestProjectProgress({ project }: { project: RequestProjectSummary }) {
  const { t } = useTranslation();
  const details = usePublicProject(project.code, isProjectPublic(project.status));
  return (
    <Card size="small" title={t('intake.detail.projectTitle')} data-testid="request-project">
      <Flex vertical gap={8}>
        <Typography.Text strong>{t('intake.detail.project', { code: project.code, title: project.title })}</Typography.Text>
        <Typography.Text type="secondary">{t('intake.detail.projectStatus', { status: project.statusLabel })}</Typography.Text>
        {details.data && (
          <>
            <Progress percent={details.data.progress} format={(percent) => `${percent}%`} aria-label={t('publicProjects.progress')} />
            <PublicMilestones milestones={details.data.milestones} />
          </>
        )}
      </Flex>
    </Card>
  );
}
