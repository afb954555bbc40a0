// /public/projects/:code (公示, no login): one approved 实事项目 with its progress and milestones.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePublicProject } from '../../../features/projects/api/get-public-projects';
import { PublicMilestones } from '../../../features/projects/components/public-milestones';
import { ProjectEvaluationCard } from '../../../features/projects/components/project-evaluation-card';
import { usePublicProjectOutcome } from '../../../features/projects/api/get-project-evaluation';
import { PublicProjectCard } from '../../../features/projects/components/public-project-card';
import { isProjectDone } from '../../../features/projects/utils/project-visibility';
import { QueryState } from '../../../components/query-state';

export function PublicProjectRoute() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const project = usePublicProject(code);
  const outcome = usePublicProjectOutcome(code, isProjectDone(project.data?.status));
  return (
    <div style={{ maxWidth: 720 }}>
      <Link to="/public/projects">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0, marginBottom: 8 }}>
          {t('publicProjects.title')}
        </Button>
      </Link>
      <QueryState query={project}>
        {(detail) => (
          <Flex vertical gap={16}>
            <PublicProjectCard project={detail} full />
            {outcome.data && <ProjectEvaluationCard evaluation={outcome.data} />}
            {detail.milestones.length > 0 && (
              <Card size="small" title={t('implementation.milestone.publicTitle')}>
                <PublicMilestones milestones={detail.milestones} />
              </Card>
            )}
          </Flex>
        )}
      </QueryState>
    </div>
  );
}
