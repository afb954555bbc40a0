// /projects/:id: a 实事项目 with its milestones and progress, linked requests and timeline, editable while draft, buttons from availableActions.
import { ArrowLeftOutlined } from '@ant-design/icons';
import type { ProjectDetail } from '@banshishi/contracts';
import { App, Button, Card, Col, Descriptions, Flex, Form, List, Modal, Row, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { QueryState } from '../../../components/query-state';
import { RequestStatusTag } from '../../../components/request-status-tag';
import { useProject } from '../../../features/projects/api/get-project';
import { useUpdateProject } from '../../../features/projects/api/save-project';
import { ProjectActions } from '../../../features/projects/components/project-actions';
import { ProjectFields, projectBody, type ProjectFormValues } from '../../../features/projects/components/project-form';
import { ProjectMilestones } from '../../../features/projects/components/project-milestones';
import { ProjectEvaluationCard } from '../../../features/projects/components/project-evaluation-card';
import { useProjectEvaluation } from '../../../features/projects/api/get-project-evaluation';
import { ProjectStatusTag } from '../../../features/projects/components/project-status-tag';
import { ProjectTimeline } from '../../../features/projects/components/project-timeline';
import { isProjectDone } from '../../../features/projects/utils/project-visibility';
import { useApiForm } from '../../../lib/use-api-form';
import type { RequestStatus } from '@banshishi/workflow';
import { NO_VALUE } from '../../../lib/format';
import { useFormat } from '../../../lib/use-format';

function EditProjectModal({ project, reload, onClose }: { project: ProjectDetail; reload: () => Promise<unknown>; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProjectFormValues>();
  const state = useApiForm(form, reload);
  const update = useUpdateProject();
  return (
    <Modal
      open
      width={640}
      title={t('projects.edit')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={update.isPending}
      maskClosable={false}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {state.stale && <ApiErrorAlert error={null} stale />}
      <ApiErrorAlert error={state.error} />
      <Form<ProjectFormValues>
        form={form}
        layout="vertical"
        initialValues={{ ...project, budget: project.budget, deadline: dayjs(project.deadline) }}
        onFinish={(values) => {
          state.reset();
          update.mutate(
            { id: project.id, body: { ...projectBody(values), version: project.version } },
            {
              onSuccess: () => {
                void message.success(t('common.saved'));
                onClose();
              },
              onError: (error) => void state.fail(error),
            },
          );
        }}
      >
        <ProjectFields form={form} />
      </Form>
    </Modal>
  );
}

export function ProjectDetailRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const project = useProject(id);
  const evaluation = useProjectEvaluation(id, isProjectDone(project.data?.status));
  const [editing, setEditing] = useState(false);
  return (
    <>
      <Link to="/projects">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0, marginBottom: 8 }}>
          {t('nav.projects')}
        </Button>
      </Link>
      <QueryState query={project}>
        {(detail) => (
          <Flex vertical gap={16}>
            <Card>
              <Flex vertical gap={12}>
                <Flex gap={8} wrap align="center">
                  <ProjectStatusTag status={detail.status} />
                  <Typography.Title level={3} style={{ margin: 0 }}>
                    {detail.title}
                  </Typography.Title>
                </Flex>
                <Descriptions
                  size="small"
                  column={{ xs: 1, sm: 2, lg: 3 }}
                  items={[
                    { key: 'code', label: t('projects.code'), children: <Typography.Text copyable>{detail.code}</Typography.Text> },
                    { key: 'unit', label: t('projects.field.ownerUnitId'), children: detail.ownerUnitName },
                    { key: 'owner', label: t('projects.field.ownerUserId'), children: detail.ownerUserName },
                    { key: 'deadline', label: t('projects.field.deadline'), children: format.date(detail.deadline) },
                    { key: 'budget', label: t('projects.field.budget'), children: detail.budget === null ? NO_VALUE : `${format.number(detail.budget)} ${t('projects.yuan')}` },
                    { key: 'beneficiaries', label: t('projects.field.expectedBeneficiaries'), children: format.number(detail.expectedBeneficiaries) },
                    ...(detail.score !== null ? [{ key: 'score', label: t('actionField.score'), children: detail.score }] : []),
                  ]}
                />
                <ProjectActions project={detail} reload={() => project.refetch()} onEdit={() => setEditing(true)} />
              </Flex>
            </Card>
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={15}>
                <Flex vertical gap={16}>
                  {(detail.milestones.length > 0 || detail.availableActions.includes('plan_milestone')) && <ProjectMilestones project={detail} reload={() => project.refetch()} />}
                  <Card size="small" title={t('projects.field.goal')}>
                    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{detail.goal}</Typography.Paragraph>
                  </Card>
                  <Card size="small" title={t('projects.field.plan')}>
                    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{detail.plan}</Typography.Paragraph>
                  </Card>
                  {evaluation.data && <ProjectEvaluationCard evaluation={evaluation.data} />}
                  {detail.report && (
                    <Card size="small" title={t('actionField.report')}>
                      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{detail.report}</Typography.Paragraph>
                    </Card>
                  )}
                  <Card size="small" title={t('intake.detail.timeline')}>
                    <ProjectTimeline entries={detail.timeline} />
                  </Card>
                </Flex>
              </Col>
              <Col xs={24} lg={9}>
                <Card size="small" title={`${t('projects.linkedRequests')} (${detail.requests.length})`}>
                  <List
                    size="small"
                    dataSource={detail.requests}
                    renderItem={(request) => (
                      <List.Item>
                        <Flex vertical gap={2}>
                          <Link to={`/inbox/${request.id}`}>{request.title}</Link>
                          <Flex gap={4} align="center" wrap>
                            <RequestStatusTag status={request.status as RequestStatus} />
                            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                              {request.code} · {request.handlingUnitName}
                            </Typography.Text>
                          </Flex>
                        </Flex>
                      </List.Item>
                    )}
                  />
                </Card>
              </Col>
            </Row>
            {editing && <EditProjectModal project={detail} reload={() => project.refetch()} onClose={() => setEditing(false)} />}
          </Flex>
        )}
      </QueryState>
    </>
  );
}
