// 评估设置: 满意率's w for 基本满意, the three 综合得分 weights (summing to 1) and the minimum sample of a ranking.
// Checked here with the workflow's own rule, and the server's 400s land on the same fields.
import type { EvaluationSettings } from '@banshishi/contracts';
import { validateFigureSettings } from '@banshishi/workflow';
import { App, Button, Card, Form, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useApiForm } from '../../../lib/use-api-form';
import { useSaveEvaluationSettings } from '../api/evaluation-settings';

export function EvaluationSettingsForm({ settings }: { settings: EvaluationSettings }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<EvaluationSettings>();
  const state = useApiForm(form);
  const save = useSaveEvaluationSettings();

  const finish = (values: EvaluationSettings) => {
    state.reset();
    const check = validateFigureSettings(values);
    if (!check.ok) {
      // The sum of the weights belongs to all three of them.
      form.setFields(
        check.problems.flatMap((problem) =>
          problem.field === 'weights'
            ? (['response', 'resolution', 'satisfaction'] as const).map((name) => ({ name: ['weights', name], errors: [t('evaluation.settings.weightsSum')] }))
            : [{ name: problem.field.split('.'), errors: [t(`evaluation.settings.invalid.${problem.field.split('.')[0]}`)] }],
        ) as Parameters<typeof form.setFields>[0],
      );
      return;
    }
    save.mutate(values, { onSuccess: () => void message.success(t('common.saved')), onError: (error) => void state.fail(error) });
  };

  const weight = (name: 'response' | 'resolution' | 'satisfaction') => (
    <Form.Item
      name={['weights', name]}
      label={t(`evaluation.settings.weight.${name}`)}
      rules={[{ required: true, message: t('validation.required', { field: t(`evaluation.settings.weight.${name}`) }) }]}
    >
      <InputNumber min={0} max={1} step={0.05} style={{ width: 160 }} />
    </Form.Item>
  );

  return (
    <Card style={{ maxWidth: 640 }}>
      <ApiErrorAlert error={state.error} />
      <Form<EvaluationSettings> form={form} layout="vertical" initialValues={settings} onFinish={finish} aria-label={t('nav.adminEvaluation')}>
        <Form.Item
          name="basicallySatisfiedWeight"
          label={t('evaluation.settings.w')}
          extra={t('evaluation.settings.wHint')}
          rules={[{ required: true, message: t('validation.required', { field: t('evaluation.settings.w') }) }]}
        >
          <InputNumber min={0} max={1} step={0.1} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item label={t('evaluation.settings.weights')} extra={t('evaluation.settings.weightsHint')} style={{ marginBottom: 0 }}>
          {weight('response')}
          {weight('resolution')}
          {weight('satisfaction')}
        </Form.Item>
        <Form.Item
          name="minSample"
          label={t('evaluation.settings.minSample')}
          extra={t('evaluation.settings.minSampleHint')}
          rules={[{ required: true, message: t('validation.required', { field: t('evaluation.settings.minSample') }) }]}
        >
          <InputNumber min={1} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}
