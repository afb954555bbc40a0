// 查看联系方式: asks why, opens the sealed contact once, and says the look is on the audit log.
import { CONTACT_REVEAL_LIMITS } from '@banshishi/contracts';
import { EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useApiForm } from '../../../lib/use-api-form';
import { useRevealContact } from '../api/reveal-contact';

export function ContactReveal({ requestId }: { requestId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const state = useApiForm(form);
  const reveal = useRevealContact();
  const close = () => {
    setOpen(false);
    reveal.reset();
  };
  return (
    <>
      <Button icon={<EyeOutlined />} onClick={() => setOpen(true)}>
        {t('triage.contact.button')}
      </Button>
      {open && (
        <Modal
          open
          title={t('triage.contact.button')}
          onCancel={close}
          destroyOnHidden
          maskClosable={false}
          okText={reveal.data ? t('triage.contact.done') : t('triage.contact.reveal')}
          cancelText={t('common.cancel')}
          confirmLoading={reveal.isPending}
          onOk={() => (reveal.data ? close() : form.submit())}
        >
          <Alert type="info" showIcon message={t('triage.contact.audited')} style={{ marginBottom: 16 }} />
          {reveal.data ? (
            <Typography.Paragraph copyable strong style={{ fontSize: 18 }}>
              {reveal.data.contact}
            </Typography.Paragraph>
          ) : (
            <>
              <ApiErrorAlert error={state.error} />
              <Form form={form} layout="vertical" onFinish={(values) => reveal.mutate({ id: requestId, reason: values.reason }, { onError: (error) => void state.fail(error) })}>
                <Form.Item
                  name="reason"
                  label={t('triage.contact.reason')}
                  rules={[{ required: true, ...CONTACT_REVEAL_LIMITS.reason, message: t('triage.contact.reasonRule', CONTACT_REVEAL_LIMITS.reason) }]}
                >
                  <Input placeholder={t('triage.contact.reasonPlaceholder')} />
                </Form.Item>
              </Form>
            </>
          )}
        </Modal>
      )}
    </>
  );
}
