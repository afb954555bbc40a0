// 查询进度: the tracking code and secret → the request's progress. A wrong code and a wrong secret are told apart by nobody.
import { SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { ApiRequestError } from '../../../lib/api-client';
import { useTrackRequest, type TrackInput } from '../api/track-request';
import { RequestProgress } from './request-progress';

export function TrackForm({ prefill }: { prefill?: TrackInput }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TrackInput>();
  const track = useTrackRequest();
  const asked = useRef<TrackInput | null>(null);

  const submit = (values: TrackInput) => {
    const input = { code: values.code.trim().toUpperCase(), secret: values.secret.trim() };
    asked.current = input;
    track.mutate(input);
  };

  // Arriving from the result page: look it up at once.
  useEffect(() => {
    if (prefill) {
      form.setFieldsValue(prefill);
      submit(prefill);
    }
    // Once, for the values we arrived with.
  }, [prefill]);

  const notFound = track.error instanceof ApiRequestError && track.error.status === 404;
  return (
    <>
      <Form<TrackInput> form={form} layout="vertical" requiredMark={false} onFinish={submit} aria-label={t('track.title')} style={{ maxWidth: 480 }}>
        <Form.Item name="code" label={t('track.code')} rules={[{ required: true, whitespace: true, message: t('validation.required', { field: t('track.code') }) }, { max: 30, message: t('validation.max', { max: 30 }) }]}>
          <Input size="large" placeholder="BS-2026-000123" autoCapitalize="characters" autoComplete="off" spellCheck={false} />
        </Form.Item>
        <Form.Item name="secret" label={t('track.secret')} rules={[{ required: true, whitespace: true, message: t('validation.required', { field: t('track.secret') }) }, { max: 100, message: t('validation.max', { max: 100 }) }]}>
          <Input.Password size="large" autoComplete="off" visibilityToggle />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block icon={<SearchOutlined />} loading={track.isPending}>
          {t('track.submit')}
        </Button>
      </Form>
      <div style={{ marginTop: 24 }} aria-live="polite">
        {notFound ? (
          <Alert type="error" showIcon role="alert" message={t('track.notFound')} description={t('track.notFoundText')} />
        ) : (
          <ApiErrorAlert error={track.error} />
        )}
        {track.data && asked.current && (
          <RequestProgress
            code={track.data.code}
            title={track.data.title}
            status={track.data.status}
            categoryName={track.data.categoryName}
            submittedAt={track.data.submittedAt}
            responseDueAt={track.data.responseDueAt}
            timeline={track.data.timeline}
            attachments={track.data.attachments}
            attachmentAccess={asked.current}
            project={track.data.project}
            notifications={track.data.notifications}
          />
        )}
      </div>
    </>
  );
}
