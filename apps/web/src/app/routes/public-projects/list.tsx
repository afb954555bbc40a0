// /public/projects (公示, no login): the approved 实事项目 as cards.
import { Col, Empty, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../../components/load-error';
import { PageHeader } from '../../../components/page-header';
import { PageSpin } from '../../../components/page-spin';
import { usePublicProjects } from '../../../features/projects/api/get-public-projects';
import { PublicProjectCard } from '../../../features/projects/components/public-project-card';

export function PublicProjectsRoute() {
  const { t } = useTranslation();
  const projects = usePublicProjects();
  return (
    <>
      <PageHeader title={t('publicProjects.title')}>{t('publicProjects.intro')}</PageHeader>
      {projects.isPending ? (
        <PageSpin />
      ) : projects.isError ? (
        <LoadError error={projects.error} onRetry={() => void projects.refetch()} />
      ) : projects.data.length ? (
        <Row gutter={[16, 16]}>
          {projects.data.map((project) => (
            <Col key={project.code} xs={24} md={12} xl={8}>
              <PublicProjectCard project={project} />
            </Col>
          ))}
        </Row>
      ) : (
        <Empty description={t('publicProjects.empty')} />
      )}
    </>
  );
}
