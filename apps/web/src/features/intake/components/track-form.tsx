// 查询进度: the tracking code and secret → the request's progress. A wrong code and a wrong secret are told apart by nobody.
import { SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { TRACKING_LIMITS, type RequestProjectSummary, type TrackedRequest } from '@banshishi/contracts';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { ApiRequestError } from '../../../lib/api-client';
import { useTrackRequest, type TrackInput } from '../api/track-request';
import { RequestProgress } from './request-progress';
import { categoryName } from '../../../lib/localized-name';

/** What the found request is shown with from other stages (the app composes them): its project's card, the answer form. */
export interface TrackedParts {
  project?: (project: RequestProjectSummary) => ReactNode;
  /** `reload` looks the request up again (after an answer), keeping what is on screen until it comes back */
  answer?: (found: { request: TrackedRequest; access: TrackInput; reload: () => void }) => ReactNode;
}

export function TrackForm({ prefill, parts = {} }: { prefill?: TrackInput; parts?: TrackedParts }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<TrackInput>();
  const track = useTrackRequest();
  const asked = useRef<TrackInput | null>(null);
  // What is on screen: kept while the request is looked up again after an answer, so the answer's outcome stays.
  const [shown, setShown] = useState<TrackedRequest | null>(null);

  const submit = (values: TrackInput) => {
    const input = { code: values.code.trim().toUpperCase(), secret: values.secret.trim() };
    asked.current = input;
    setShown(null);
    track.mutate(input, { onSuccess: setShown });
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
  const access = asked.current;
  return (
    <>
      <Form<TrackInput> form={form} layout="vertical" requiredMark={false} onFinish={submit} aria-label={t('track.title')} style={{ maxWidth: 480 }}>
        <Form.Item
          name="code"
          label={t('track.code')}
          rules={[
            { required: true, whitespace: true, message: t('validation.required', { field: t('track.code') }) },
            { max: TRACKING_LIMITS.code.max, message: t('validation.max', { max: TRACKING_LIMITS.code.max }) },
          ]}
        >
          <Input size="large" placeholder={t('track.codePlaceholder')} autoCapitalize="characters" autoComplete="off" spellCheck={false} />
        </Form.Item>
        <Form.Item
          name="secret"
          label={t('track.secret')}
          rules={[
            { required: true, whitespace: true, message: t('validation.required', { field: t('track.secret') }) },
            { max: TRACKING_LIMITS.secret.max, message: t('validation.max', { max: TRACKING_LIMITS.secret.max }) },
          ]}
        >
          <Input.Password size="large" autoComplete="off" visibilityToggle />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block icon={<SearchOutlined />} loading={track.isPending}>
          {t('track.submit')}
        </Button>
      </Form>
      <div style={{ marginTop: 24 }} aria-live="polite">
        {notFound ? <Alert type="error" showIcon role="alert" message={t('track.notFound')} description={t('track.notFoundText')} /> : <ApiErrorAlert error={track.error} />}
        {shown && access && (
          <RequestProgress
            code={shown.code}
            title={shown.title}
            status={shown.status}
            categoryName={categoryName(shown, i18n.language)}
            submittedAt={shown.submittedAt}
            responseDueAt={shown.responseDueAt}
            timeline={shown.timeline}
            attachments={shown.attachments}
            notePhotos={shown.notePhotos}
            attachmentAccess={access}
            project={shown.project && parts.project?.(shown.project)}
            mergedInto={shown.mergedInto}
            mergedIntoProject={shown.mergedInto?.project && parts.project?.(shown.mergedInto.project)}
            notifications={shown.notifications}
            answer={parts.answer?.({ request: shown, access, reload: () => track.mutate(access, { onSuccess: setShown }) })}
          />
        )}
      </div>
    </>
  );
}
