// A create/edit dialog around an antd Form. It stays open on a failed save, with the typed values intact.
import { Form, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { keepEnterInPickers } from '../lib/keep-enter-in-pickers';
import type { ApiFormState } from '../lib/use-api-form';
import { ApiErrorAlert } from './api-error-alert';

interface FormModalProps<Values> {
  title: ReactNode;
  form: FormInstance<Values>;
  state: Pick<ApiFormState, 'error' | 'stale'>;
  saving: boolean;
  initialValues?: Partial<Values>;
  onFinish: (values: Values) => void;
  onClose: () => void;
  children: ReactNode;
  width?: number;
}

export function FormModal<Values>({ title, form, state, saving, initialValues, onFinish, onClose, children, width }: FormModalProps<Values>) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={title}
      width={width}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      maskClosable={false}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ApiErrorAlert error={state.error} stale={state.stale} />
      <Form<Values> form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish} onKeyDown={keepEnterInPickers} scrollToFirstError>
        {children}
      </Form>
    </Modal>
  );
}
