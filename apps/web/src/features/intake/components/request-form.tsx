// The one submission form: the QR entry page (anonymous, with the unit's entryToken) and a logged-in worker's page
// (实名 by default, or 匿名). One Idempotency-Key per form, so a double tap or a retry never makes two requests.
import { REQUEST_LIMITS, type CreatedRequest, type CreateRequestRequest } from '@banshishi/contracts';
import { Alert, Button, Form, Input, Radio, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useApiForm } from '../../../lib/use-api-form';
import { ATTACHMENT_MAX_COUNT, ATTACHMENT_MAX_MB } from '../../../lib/attachment-rules';
import { useCreateRequest } from '../api/create-request';
import { newIdempotencyKey, nothingStored } from '../utils/new-idempotency-key';
import { AttachmentUpload, isUploading, uploadedIds, type AttachmentFile } from '../../../components/attachment-upload';
import { RequestFields } from './request-fields';
import { SimilarRequests } from './similar-requests';

interface RequestFormValues {
  categoryId: string;
  title: string;
  description: string;
  contact?: string;
  anonymous: boolean;
  attachmentIds?: AttachmentFile[];
}

export interface SubmittedRequest {
  created: CreatedRequest;
  anonymous: boolean;
}

interface RequestFormProps {
  /** The QR entry page: anonymous, no login. */
  entryToken?: string;
  onSubmitted: (result: SubmittedRequest) => void;
}

export function RequestForm({ entryToken, onSubmitted }: RequestFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RequestFormValues>();
  const mutation = useCreateRequest();
  const { error, fail, reset } = useApiForm(form);
  const idempotencyKey = useRef(newIdempotencyKey());
  const [waitUploads, setWaitUploads] = useState(false);
  const onEntryPage = entryToken !== undefined;

  const title = Form.useWatch('title', form);
  const description = Form.useWatch('description', form);
  const categoryId = Form.useWatch('categoryId', form);
  const anonymous = Form.useWatch('anonymous', form) ?? onEntryPage;
  const files = Form.useWatch('attachmentIds', form);

  const submit = (values: RequestFormValues) => {
    if (isUploading(values.attachmentIds)) {
      setWaitUploads(true);
      return;
    }
    setWaitUploads(false);
    reset();
    const asAnonymous = onEntryPage || values.anonymous;
    const ids = uploadedIds(values.attachmentIds);
    const body: CreateRequestRequest = {
      categoryId: values.categoryId,
      title: values.title.trim(),
      description: values.description.trim(),
      ...(asAnonymous ? { anonymous: true } : {}),
      ...(entryToken ? { entryToken } : {}),
      ...(values.contact?.trim() ? { contact: values.contact.trim() } : {}),
      ...(ids.length ? { attachmentIds: ids } : {}),
    };
    mutation.mutate(
      { body, idempotencyKey: idempotencyKey.current },
      {
        onSuccess: (created) => onSubmitted({ created, anonymous: asAnonymous }),
        onError: (failure) => {
          if (nothingStored(failure)) idempotencyKey.current = newIdempotencyKey();
          void fail(failure);
        },
      },
    );
  };

  return (
    <Form<RequestFormValues>
      form={form}
      layout="vertical"
      requiredMark="optional"
      initialValues={{ anonymous: onEntryPage }}
      onFinish={submit}
      scrollToFirstError
      aria-label={t('intake.form.label')}
    >
      <ApiErrorAlert error={error} />
      {!onEntryPage && (
        <Form.Item name="anonymous" label={t('intake.form.identity')} extra={anonymous ? t('intake.form.anonymousHint') : t('intake.form.realNameHint')}>
          <Radio.Group optionType="button" buttonStyle="solid" size="large">
            <Radio.Button value={false}>{t('intake.form.realName')}</Radio.Button>
            <Radio.Button value={true}>{t('intake.form.anonymous')}</Radio.Button>
          </Radio.Group>
        </Form.Item>
      )}
      <RequestFields size="large" descriptionLabel={t('intake.form.description')} descriptionPlaceholder={t('intake.form.descriptionPlaceholder')} />
      <SimilarRequests title={title} description={description} categoryId={categoryId} entryToken={entryToken} />
      <Form.Item
        name="attachmentIds"
        label={t('intake.attachments.label')}
        extra={t('intake.attachments.hint', { max: ATTACHMENT_MAX_COUNT, mb: ATTACHMENT_MAX_MB })}
        valuePropName="fileList"
        getValueFromEvent={(event: { fileList: AttachmentFile[] }) => event.fileList}
      >
        <AttachmentUpload entryToken={entryToken} />
      </Form.Item>
      <Form.Item
        name="contact"
        label={t('intake.form.contact')}
        extra={t('intake.form.contactHint')}
        rules={[{ max: REQUEST_LIMITS.contact.max, message: t('validation.max', { max: REQUEST_LIMITS.contact.max }) }]}
      >
        <Input size="large" maxLength={REQUEST_LIMITS.contact.max} autoComplete="tel" placeholder={t('intake.form.contactPlaceholder')} />
      </Form.Item>
      {waitUploads && isUploading(files) && <Alert type="warning" showIcon role="alert" message={t('intake.attachments.wait')} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" size="large" block loading={mutation.isPending}>
        {t('intake.form.submit')}
      </Button>
      {anonymous && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
          {t('intake.form.anonymousFootnote')}
        </Typography.Paragraph>
      )}
    </Form>
  );
}
