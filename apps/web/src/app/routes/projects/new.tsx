// /projects/new?requests=id,id: a 实事项目 drafted from requests selected in the inbox or proposed by a hotspot. Only the
// requests that may join a project now (their availableActions offer link_project) are sent; the others are listed
// and marked, and a request the server refuses (it moved on meanwhile) is marked by its place, in words, never a code.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQueries } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Empty, Form, List, Row, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { PageHeader } from '../../../components/page-header';
import { requestQueryOptions } from '../../../features/triage/api/get-request';
import { RequestStatusTag } from '../../../components/request-status-tag';
import { useCreateProject } from '../../../features/projects/api/save-project';
import { ProjectFields, projectBody, type ProjectFormValues } from '../../../features/projects/components/project-form';
import { ApiRequestError } from '../../../lib/api-client';
import { useApiForm } from '../../../lib/use-api-form';

/** The ids the server refused, from its `requestIds.<n>` field errors (n: the place in what was sent). */
function refusedOf(error: unknown, sent: readonly string[]): string[] {
  if (!(error instanceof ApiRequestError)) return [];
  return (error.body.errors ?? []).flatMap((entry) => {
    const at = /^requestIds\.(\d+)$/.exec(entry.field);
    const id = at ? sent[Number(at[1])] : undefined;
    return id ? [id] : [];
  });
}

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
  // What may join now; the rest are shown, marked, and left out.
  const loaded = requests.every((request) => !request.isPending);
  const linkable = ids.filter((_, index) => requests[index]?.data?.availableActions.includes('link_project'));
  const [refused, setRefused] = useState<string[]>([]);

  // The owner unit defaults to where the first request is handled, once it has loaded.
  useEffect(() => {
    if (first && !form.getFieldValue('ownerUnitId')) form.setFieldValue('ownerUnitId', first.handlingUnitId);
  }, [first, form]);

  const finish = (values: ProjectFormValues) => {
    state.reset();
    setRefused([]);
    const sent = linkable;
    create.mutate(
      { ...projectBody(values), requestIds: sent },
      {
        onSuccess: (project) => {
          void message.success(t('projects.created', { code: project.code }));
          void navigate(`/projects/${project.id}`);
        },
        onError: (error) => {
          const marked = refusedOf(error, sent);
          setRefused(marked);
          // A refused request is marked in the list; the server's own words (which name workflow codes) stay off screen.
          if (!marked.length) void state.fail(error);
        },
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
            {refused.length > 0 && <Alert type="error" showIcon role="alert" message={t('projects.requestsRefused', { count: refused.length })} style={{ marginBottom: 16 }} />}
            {(!ids.length || (loaded && !linkable.length)) && <Alert type="warning" showIcon message={t('projects.noRequests')} style={{ marginBottom: 16 }} />}
            <Form<ProjectFormValues> form={form} layout="vertical" onFinish={finish} scrollToFirstError>
              <ProjectFields form={form} />
              <Button type="primary" htmlType="submit" loading={create.isPending} disabled={!loaded || !linkable.length}>
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
                <List.Item data-request={request.data?.code}>
                  {request.data ? (
                    <span>
                      <RequestStatusTag status={request.data.status} /> {request.data.code} {request.data.title}{' '}
                      {!request.data.availableActions.includes('link_project') ? (
                        <Tag color="default" data-testid="not-linkable">
                          {t('projects.notLinkable')}
                        </Tag>
                      ) : (
                        refused.includes(request.data.id) && (
                          <Tag color="red" data-testid="refused">
                            {t('projects.refusedNow')}
                          </Tag>
                        )
                      )}
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
