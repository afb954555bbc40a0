// One approved 实事项目 as the public sees it: title, goal, owner unit, deadline, status, progress. No person.
import type { PublicProject } from '@banshishi/contracts';
import { Card, Descriptions, Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProjectStatusTag } from './project-status-tag';
import { useFormat } from '../../../lib/use-format';

export function PublicProjectCard({ project, full }: { project: PublicProject; full?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const title = full ? (
    <Typography.Title level={3} style={{ margin: 0, whiteSpace: 'normal' }}>
      {project.title}
    </Typography.Title>
  ) : (
    <Link to={`/public/projects/${encodeURIComponent(project.code)}`}>{project.title}</Link>
  );
  return (
    <Card title={title} extra={<ProjectStatusTag status={project.status} />} style={{ height: '100%' }} data-code={project.code}>
      <Flex vertical gap={12}>
        <Typography.Paragraph ellipsis={full ? false : { rows: 3 }} style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
          {project.goal}
        </Typography.Paragraph>
        <Progress percent={project.progress} format={(percent) => `${percent}%`} size="small" aria-label={t('publicProjects.progress')} />
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'unit', label: t('projects.field.ownerUnitId'), children: project.ownerUnitName },
            { key: 'deadline', label: t('projects.field.deadline'), children: format.date(project.deadline) },
            ...(full
              ? [
                  { key: 'code', label: t('projects.code'), children: project.code },
                  { key: 'approved', label: t('publicProjects.approvedAt'), children: format.date(project.approvedAt) },
                  { key: 'requests', label: t('publicProjects.requests'), children: project.linkedRequestCount },
                ]
              : []),
          ]}
        />
      </Flex>
    </Card>
  );
}
