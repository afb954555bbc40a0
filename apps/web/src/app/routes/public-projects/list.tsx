// /public/projects (公示, no login): the approved 实事项目 as cards.
import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { usePublicProjects } from '../../../features/projects/api/get-public-projects';
import { PublicProjectCard } from '../../../features/projects/components/public-project-card';

export function PublicProjectsRoute() {
  const { t } = useTranslation();
  const projects = usePublicProjects();
  return (
    <>
      <PageHeader title={t('publicProjects.title')}>{t('publicProjects.intro')}</PageHeader>
      <QueryState query={projects} empty={t('publicProjects.empty')}>
        {(items) => (
          <Row gutter={[16, 16]}>
            {items.map((project) => (
              <Col key={project.code} xs={24} md={12} xl={8}>
                <PublicProjectCard project={project} />
              </Col>
            ))}
          </Row>
        )}
      </QueryState>
    </>
  );
}
