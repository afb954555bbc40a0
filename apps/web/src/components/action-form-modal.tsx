// A workflow action as a small form: one input per field the workflow declares for it (libs/workflow input schema).
// It sends the version the page loaded; a stale version reloads the record and keeps what was typed; 400s land on fields.
import { ANSWER_RESOLVED_LABELS, ANSWER_SATISFACTION_LABELS, RETURN_VISIT_CHANNEL_LABELS, type FieldDescription, type Label } from '@banshishi/workflow';
import { Alert, DatePicker, Form, Input, InputNumber, Modal, Radio, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { keepEnterInPickers } from '../lib/keep-enter-in-pickers';
import { useApiForm } from '../lib/use-api-form';
import { workflowLabel } from '../lib/workflow-label';
import { ApiErrorAlert } from './api-error-alert';

/** The words of the choice fields the workflows declare. */
const CHOICE_LABELS: Record<string, Readonly<Record<string, Label>>> = {
  resolved: ANSWER_RESOLVED_LABELS,
  satisfaction: ANSWER_SATISFACTION_LABELS,
  channel: RETURN_VISIT_CHANNEL_LABELS,
};

export interface ActionFormModalProps {
  /** the action's name (for hints) and its button label */
  action: string;
  title: string;
  fields: readonly FieldDescription[];
  initialValues?: Record<string, unknown>;
  /** a custom input for a field (a unit, handler, request or project picker); undefined → the default for its kind */
  renderInput?: (field: FieldDescription) => ReactNode | undefined;
  /** a sentence above the form */
  intro?: ReactNode;
  /** inputs the API takes beside the workflow's fields (photos of a note): their items, their part of the body, and a
   *  reason to hold the form back (a photo still uploading) */
  extra?: {
    items: ReactNode;
    toBody: (values: Record<string, unknown>) => Record<string, unknown>;
    holdBack?: (values: Record<string, unknown>) => string | null;
  };
  submit: (input: Record<string, unknown>) => Promise<unknown>;
  /** reload the record after a 409, so the next try carries the new version */
  reload: () => Promise<unknown>;
  onDone: () => void;
  onClose: () => void;
}

function defaultInput(field: FieldDescription, language: string, t: TFunction): ReactNode {
  switch (field.kind) {
    case 'flag':
      return <Switch />;
    case 'number':
      return <InputNumber style={{ width: '100%' }} />;
    case 'date':
      return <DatePicker style={{ width: '100%' }} />;
    case 'choice':
      return (
        <Radio.Group
          optionType="button"
          options={(field.options ?? []).map((option) => ({
            value: option,
            label: workflowLabel(CHOICE_LABELS[field.name]?.[option], language, t(`actionChoice.${field.name}.${option}`, { defaultValue: option })),
          }))}
        />
      );
    default:
      return <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />;
  }
}

function toBody(fields: readonly FieldDescription[], values: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.name];
    if (value === undefined || value === null || value === '') continue;
    body[field.name] = field.kind === 'date' && dayjs.isDayjs(value) ? (value as Dayjs).format('YYYY-MM-DD') : value;
  }
  return body;
}

export function ActionFormModal({ action, title, fields, initialValues, renderInput, intro, extra, submit, reload, onDone, onClose }: ActionFormModalProps) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Record<string, unknown>>();
  const state = useApiForm(form, reload);
  const [saving, setSaving] = useState(false);
  const [held, setHeld] = useState<string | null>(null);

  const finish = async (values: Record<string, unknown>) => {
    const hold = extra?.holdBack?.(values) ?? null;
    setHeld(hold);
    if (hold) return;
    setSaving(true);
    state.reset();
    try {
      await submit({ ...toBody(fields, values), ...extra?.toBody(values) });
      onDone();
    } catch (error) {
      await state.fail(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={title}
      okText={t('triage.confirmAction', { action: title })}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      maskClosable={false}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {state.stale && <Alert type="warning" showIcon role="alert" message={t('triage.stale.title')} description={t('triage.stale.text')} style={{ marginBottom: 16 }} />}
      <ApiErrorAlert error={state.error} />
      {intro}
      <Form form={form} layout="vertical" initialValues={initialValues} onFinish={(values) => void finish(values)} onKeyDown={keepEnterInPickers} scrollToFirstError>
        {fields.map((field) => (
          <Form.Item
            key={field.name}
            name={field.name}
            label={t(`actionField.${field.name}`)}
            extra={t(`actionHint.${action}.${field.name}`, { defaultValue: '' }) || undefined}
            valuePropName={field.kind === 'flag' ? 'checked' : 'value'}
            rules={field.required ? [{ required: true, message: t('validation.required', { field: t(`actionField.${field.name}`) }) }] : undefined}
          >
            {renderInput?.(field) ?? defaultInput(field, i18n.language, t)}
          </Form.Item>
        ))}
        {extra?.items}
        {held && <Alert type="warning" showIcon role="alert" message={held} style={{ marginBottom: 16 }} />}
        {!fields.length && <p>{t('triage.confirmText', { action: title })}</p>}
      </Form>
    </Modal>
  );
}
