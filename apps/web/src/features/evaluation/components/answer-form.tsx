// 请评价: the requester's two-part answer (是否解决, 是否满意) with a comment, in the workflow's own words. Once sent, it
// says what happened: closed, back with the handler for 重办, or before the leader (督办).
import { ANSWER_LIMITS } from '@banshishi/contracts';
import { ANSWER_RESOLVED, ANSWER_RESOLVED_LABELS, ANSWER_SATISFACTION, ANSWER_SATISFACTION_LABELS, type RequestStatus } from '@banshishi/workflow';
import { Alert, Button, Card, Form, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useApiForm } from '../../../lib/use-api-form';
import { workflowLabel } from '../../../lib/workflow-label';
import { answerOutcome, type AnswerOutcome, type AnswerValues } from '../utils/answer-outcome';

interface AnswerFormProps {
  /** the request waits for an answer (status resolved, and the caller may give it) */
  open: boolean;
  /** sends the answer; resolves with the status the request moved to */
  submit: (values: AnswerValues) => Promise<RequestStatus>;
  /** after a 409 (someone answered first) */
  reload?: () => Promise<unknown>;
  /** a merged request's own answer: recorded for the requester, it reopens nothing */
  merged?: boolean;
}

export function AnswerOutcomeAlert({ outcome }: { outcome: AnswerOutcome }) {
  const { t } = useTranslation();
  return (
    <Alert
      type={outcome === 'closed' || outcome === 'recorded' ? 'success' : 'warning'}
      showIcon
      role="status"
      data-testid="answer-outcome"
      data-outcome={outcome}
      message={t(`evaluation.answer.outcome.${outcome}.title`)}
      description={t(`evaluation.answer.outcome.${outcome}.text`)}
    />
  );
}

export function AnswerForm({ open, submit, reload, merged = false }: AnswerFormProps) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<AnswerValues>();
  const state = useApiForm(form, reload);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<AnswerOutcome | null>(null);
  const resolved = Form.useWatch('resolved', form);
  const satisfaction = Form.useWatch('satisfaction', form);

  if (outcome) return <AnswerOutcomeAlert outcome={outcome} />;
  if (!open) return null;

  const finish = async (values: AnswerValues) => {
    setSaving(true);
    state.reset();
    try {
      const comment = values.comment?.trim();
      const status = await submit({ resolved: values.resolved, satisfaction: values.satisfaction, ...(comment ? { comment } : {}) });
      setOutcome(answerOutcome(values, status));
    } catch (error) {
      await state.fail(error);
    } finally {
      setSaving(false);
    }
  };
  const negative = resolved === 'unresolved' || satisfaction === 'dissatisfied';

  return (
    <Card size="small" data-testid="answer-prompt" title={t('intake.answer.title')} style={{ borderColor: '#faad14' }}>
      <Typography.Paragraph type="secondary">{t('intake.answer.text')}</Typography.Paragraph>
      {state.stale && <Alert type="warning" showIcon role="alert" message={t('triage.stale.title')} style={{ marginBottom: 16 }} />}
      <ApiErrorAlert error={state.error} />
      <Form<AnswerValues> form={form} layout="vertical" requiredMark={false} onFinish={(values) => void finish(values)} aria-label={t('intake.answer.title')}>
        <Form.Item name="resolved" label={t('actionField.resolved')} rules={[{ required: true, message: t('evaluation.answer.pick', { field: t('actionField.resolved') }) }]}>
          <Radio.Group optionType="button" options={ANSWER_RESOLVED.map((value) => ({ value, label: workflowLabel(ANSWER_RESOLVED_LABELS[value], i18n.language, value) }))} />
        </Form.Item>
        <Form.Item
          name="satisfaction"
          label={t('actionField.satisfaction')}
          rules={[{ required: true, message: t('evaluation.answer.pick', { field: t('actionField.satisfaction') }) }]}
        >
          <Radio.Group
            optionType="button"
            options={ANSWER_SATISFACTION.map((value) => ({ value, label: workflowLabel(ANSWER_SATISFACTION_LABELS[value], i18n.language, value) }))}
          />
        </Form.Item>
        <Form.Item name="comment" label={t('actionField.comment')} rules={[{ max: ANSWER_LIMITS.comment.max, message: t('validation.max', { max: ANSWER_LIMITS.comment.max }) }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} placeholder={t('evaluation.answer.commentPlaceholder')} />
        </Form.Item>
        {merged ? (
          <Alert type="info" showIcon style={{ marginBottom: 16 }} data-testid="answer-merged-hint" message={t('evaluation.answer.mergedHint')} />
        ) : (
          negative && <Alert type="info" showIcon style={{ marginBottom: 16 }} data-testid="answer-reopen-hint" message={t('evaluation.answer.reopenHint')} />
        )}
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('evaluation.answer.submit')}
        </Button>
      </Form>
    </Card>
  );
}
