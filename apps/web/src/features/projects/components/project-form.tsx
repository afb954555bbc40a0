// The fields of a 实事项目 (create and edit while draft): goal, plan, owner unit (tree) and person (its cadres),
// budget, deadline, expected beneficiaries.
import { PROJECT_LIMITS } from '@banshishi/contracts';
import { DatePicker, Form, Input, InputNumber, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { HandlerSelect } from '../../../components/handler-select';
import { UnitTreeSelect } from '../../../components/unit-tree-select';

export interface ProjectFormValues {
  title: string;
  goal: string;
  plan: string;
  ownerUnitId: string;
  ownerUserId: string;
  budget?: number | null;
  deadline: Dayjs;
  expectedBeneficiaries: number;
}

export function ProjectFields({ form }: { form: FormInstance<ProjectFormValues> }) {
  const { t } = useTranslation();
  const ownerUnitId = Form.useWatch('ownerUnitId', form);
  const required = (field: string) => [{ required: true, message: t('validation.required', { field: t(`projects.field.${field}`) }) }];
  return (
    <>
      <Form.Item
        name="title"
        label={t('projects.field.title')}
        rules={[
          ...required('title'),
          { min: PROJECT_LIMITS.title.min, message: t('validation.min', { min: PROJECT_LIMITS.title.min }) },
          { max: PROJECT_LIMITS.title.max, message: t('validation.max', { max: PROJECT_LIMITS.title.max }) },
        ]}
      >
        <Input showCount maxLength={PROJECT_LIMITS.title.max} />
      </Form.Item>
      <Form.Item name="goal" label={t('projects.field.goal')} rules={required('goal')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={PROJECT_LIMITS.goal.max} />
      </Form.Item>
      <Form.Item name="plan" label={t('projects.field.plan')} rules={required('plan')}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={PROJECT_LIMITS.plan.max} />
      </Form.Item>
      <Form.Item name="ownerUnitId" label={t('projects.field.ownerUnitId')} rules={required('ownerUnitId')}>
        <UnitTreeSelect onChange={() => form.setFieldValue('ownerUserId', undefined)} />
      </Form.Item>
      <Form.Item name="ownerUserId" label={t('projects.field.ownerUserId')} rules={required('ownerUserId')}>
        <HandlerSelect unitIds={ownerUnitId ? [ownerUnitId] : []} />
      </Form.Item>
      <Form.Item name="budget" label={t('projects.field.budget')} extra={t('projects.field.budgetHint')}>
        <InputNumber min={PROJECT_LIMITS.budget.min} max={PROJECT_LIMITS.budget.max} precision={2} style={{ width: '100%' }} addonAfter={t('projects.yuan')} />
      </Form.Item>
      <Form.Item name="deadline" label={t('projects.field.deadline')} rules={required('deadline')}>
        <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isBefore(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item name="expectedBeneficiaries" label={t('projects.field.expectedBeneficiaries')} rules={required('expectedBeneficiaries')}>
        <InputNumber
          min={PROJECT_LIMITS.expectedBeneficiaries.min}
          max={PROJECT_LIMITS.expectedBeneficiaries.max}
          precision={0}
          style={{ width: '100%' }}
          addonAfter={t('projects.people')}
        />
      </Form.Item>
    </>
  );
}

/** The form's values as the api takes them. */
export function projectBody(values: ProjectFormValues) {
  return {
    title: values.title.trim(),
    goal: values.goal.trim(),
    plan: values.plan.trim(),
    ownerUnitId: values.ownerUnitId,
    ownerUserId: values.ownerUserId,
    budget: values.budget ?? null,
    deadline: values.deadline.format('YYYY-MM-DD'),
    expectedBeneficiaries: values.expectedBeneficiaries,
  };
}
