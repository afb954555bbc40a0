// /projects/new?requests=id,id: a 实事项目 drafted from requests selected in the inbox.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQueries } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Empty, Form, List, Row } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { PageHeader } from '../../../components/page-header';
import { requestQueryOptions } from '../../../features/triage/api/get-request';
import { RequestStatusTag } from '../../../components/request-status-tag';
import { useCreateProject } from '../../../features/projects/api/save-project';
import { ProjectFields, projectBody, type ProjectFormValues } from '../../../features/projects/components/project-form';
import { useApiForm } from '../../../lib/use-api-form';

export function NewProjectRoute() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const ids = [...new Set((search.get('requests') ?? '').split(',').filter(Boolean))];
  const requests = useQueries({ queries: ids.map((id) => requestQueryOptions(id)) });
  const [form] = Form.useForm<ProjectFormValues>();
  const state = useApiForm(form);
  const create = useCreateProject();
  const first = requests.find((request) => request.data)?.data;

  // The owner unit defaults to where the first request is handled, once it has loaded.
  useEffect(() => {
    if (first && !form.getFieldValue('ownerUnitId')) form.setFieldValue('ownerUnitId', first.handlingUnitId);
  }, [first, form]);

  const finish = (values: ProjectFormValues) => {
    state.reset();
    create.mutate(
      { ...projectBody(values), requestIds: ids },
      {
        onSuccess: (project) => {
          void message.success(t('projects.created', { code: project.code }));
          void navigate(`/projects/${project.id}`);
        },
        onError: (error) => void state.fail(error),
      },
    );
  };

  return (
    <>
      <Link to="/inbox">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0, marginBottom: 8 }}>
          {t('nav.inbox')}
        </Button>
      </Link>
      <PageHeader title={t('projects.new')}>{t('projects.newIntro')}</PageHeader>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Card>
            <ApiErrorAlert error={state.error} />
            {!ids.length && <Alert type="warning" showIcon message={t('projects.noRequests')} style={{ marginBottom: 16 }} />}
            <Form<ProjectFormValues> form={form} layout="vertical" onFinish={finish} scrollToFirstError>
              <ProjectFields form={form} />
              <Button type="primary" htmlType="submit" loading={create.isPending} disabled={!ids.length}>
                {t('projects.createDraft')}
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          <Card size="small" title={t('projects.linkedRequests')}>
            <List
              size="small"
              dataSource={requests}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('projects.noRequests')} /> }}
              renderItem={(request, index) => (
                <List.Item>
                  {request.data ? (
                    <span>
                      <RequestStatusTag status={request.data.status} /> {request.data.code} {request.data.title}
                    </span>
                  ) : request.isError ? (
                    <Alert type="error" message={t('projects.requestMissing', { id: ids[index] })} />
                  ) : (
                    t('common.loading')
                  )}
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
