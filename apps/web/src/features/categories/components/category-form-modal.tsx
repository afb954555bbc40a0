// Create or edit a category and its clocks (working days). Editing sends the version it was loaded with.
import { CATEGORY_CODE_PATTERN, CATEGORY_LIMITS, type Category, type CreateCategoryRequest } from '@banshishi/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { App, Col, Form, Input, InputNumber, Row, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/form-modal';
import { useApiForm } from '../../../lib/use-api-form';
import { useCreateCategory } from '../api/create-category';
import { categoriesQueryKey } from '../../../lib/api/get-active-categories';
import { useUpdateCategory } from '../api/update-category';

type Values = CreateCategoryRequest;

const NEW_CATEGORY: Partial<Values> = { responseDays: 2, resolutionDays: 15, graceDays: 3, urgent: false, active: true, sortOrder: 100 };

export function CategoryFormModal({ category, onClose }: { category?: Category; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const state = useApiForm(form, () => queryClient.invalidateQueries({ queryKey: categoriesQueryKey }));
  const create = useCreateCategory();
  const update = useUpdateCategory();

  const done = () => {
    void message.success(t('common.saved'));
    onClose();
  };
  const submit = (values: Values) => {
    state.reset();
    const body = { ...values, nameZh: values.nameZh.trim(), nameEn: values.nameEn.trim() };
    if (category) {
      const { code: _code, ...changes } = body;
      update.mutate({ id: category.id, ...changes, version: category.version }, { onSuccess: done, onError: state.fail });
    } else {
      create.mutate({ ...body, code: body.code.trim() }, { onSuccess: done, onError: state.fail });
    }
  };

  const required = (field: string) => ({ required: true, message: t('validation.required', { field }) });
  const days = (name: keyof Values, label: string, { min, max }: { min: number; max: number }) => (
    <Col xs={24} sm={8}>
      <Form.Item name={name} label={label} rules={[required(label)]} tooltip={t('categories.daysHint')}>
        <InputNumber min={min} max={max} precision={0} style={{ width: '100%' }} addonAfter={t('categories.days')} />
      </Form.Item>
    </Col>
  );

  return (
    <FormModal<Values>
      title={category ? t('categories.editTitle', { name: category.nameZh }) : t('categories.createTitle')}
      form={form}
      state={state}
      saving={create.isPending || update.isPending}
      initialValues={category ?? NEW_CATEGORY}
      onFinish={submit}
      onClose={onClose}
      width={640}
    >
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="code"
            label={t('categories.code')}
            extra={category ? t('categories.codeFixed') : t('categories.codeHint', CATEGORY_LIMITS.code)}
            rules={category ? [] : [required(t('categories.code')), { pattern: CATEGORY_CODE_PATTERN, message: t('categories.codePattern', CATEGORY_LIMITS.code) }]}
          >
            <Input disabled={!!category} autoCapitalize="off" spellCheck={false} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="sortOrder" label={t('categories.sortOrder')} rules={[required(t('categories.sortOrder'))]}>
            <InputNumber min={CATEGORY_LIMITS.sortOrder.min} max={CATEGORY_LIMITS.sortOrder.max} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="nameZh"
            label={t('categories.nameZh')}
            rules={[
              { ...required(t('categories.nameZh')), whitespace: true },
              { max: CATEGORY_LIMITS.nameZh.max, message: t('validation.max', { max: CATEGORY_LIMITS.nameZh.max }) },
            ]}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="nameEn"
            label={t('categories.nameEn')}
            rules={[
              { ...required(t('categories.nameEn')), whitespace: true },
              { max: CATEGORY_LIMITS.nameEn.max, message: t('validation.max', { max: CATEGORY_LIMITS.nameEn.max }) },
            ]}
          >
            <Input />
          </Form.Item>
        </Col>
        {days('responseDays', t('categories.responseDays'), CATEGORY_LIMITS.responseDays)}
        {days('resolutionDays', t('categories.resolutionDays'), CATEGORY_LIMITS.resolutionDays)}
        {days('graceDays', t('categories.graceDays'), CATEGORY_LIMITS.graceDays)}
        <Col xs={12}>
          <Form.Item name="urgent" label={t('categories.urgent')} valuePropName="checked" extra={t('categories.urgentHint')}>
            <Switch />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item name="active" label={t('categories.active')} valuePropName="checked" extra={t('categories.activeHint')}>
            <Switch />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
