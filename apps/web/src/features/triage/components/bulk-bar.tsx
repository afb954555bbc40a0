// What to do with the selected rows: 受理 or 指派 them together (one outcome per row), or turn them into a 实事项目.
// The versions come from each selected request's detail, and the buttons from their availableActions.
import type { BulkActionResult, RequestListItem } from '@banshishi/contracts';
import type { RequestAction } from '@banshishi/workflow';
import { REQUEST_ACTION_LABELS } from '@banshishi/workflow';
import { useQueries } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Form, List, Modal, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { workflowLabel } from '../../../lib/workflow-label';
import { requestQueryOptions } from '../api/get-request';
import { HandlerSelect } from '../../../components/handler-select';
import { useBulkAction } from '../api/bulk-action';
import { bulkOutcome } from '../utils/bulk-outcome';

const OUTCOME_COLOR = { ok: 'success', stale: 'warning', notAllowed: 'default', notFound: 'default', failed: 'error' } as const;

interface BulkBarProps {
  selected: RequestListItem[];
  onDone: (succeeded: string[]) => void;
  onClear: () => void;
}

export function BulkBar({ selected, onDone, onClear }: BulkBarProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const bulk = useBulkAction();
  const [assigning, setAssigning] = useState(false);
  const [results, setResults] = useState<{ action: 'accept' | 'assign'; rows: BulkActionResult[] } | null>(null);
  /** codes of the rows sent, kept for the outcome list */
  const [codes, setCodes] = useState<Record<string, string>>({});
  const [form] = Form.useForm<{ handlerId: string }>();
  const details = useQueries({ queries: selected.map((item) => requestQueryOptions(item.id)) });
  const loaded = details.every((detail) => detail.data);
  const offers = (action: RequestAction) => details.some((detail) => detail.data?.availableActions.includes(action));
  const label = (action: RequestAction) => workflowLabel(REQUEST_ACTION_LABELS[action], i18n.language);

  const run = async (action: 'accept' | 'assign', handlerId?: string) => {
    const items = details.flatMap((detail) => (detail.data ? [{ id: detail.data.id, version: detail.data.version }] : []));
    setCodes(Object.fromEntries(selected.map((item) => [item.id, item.code])));
    const response = await bulk.mutateAsync({ action, items, handlerId });
    setAssigning(false);
    setResults({ action, rows: response.results });
    onDone(response.results.filter((row) => row.ok).map((row) => row.id));
  };

  const projectable = selected.filter((_item, index) => details[index]?.data?.availableActions.includes('link_project'));

  const resultsModal = results && (
    <Modal open title={t('triage.bulk.results', { action: label(results.action) })} footer={null} onCancel={() => setResults(null)}>
      <Alert
        type={results.rows.every((row) => row.ok) ? 'success' : 'warning'}
        showIcon
        message={t('triage.bulk.summary', { ok: results.rows.filter((row) => row.ok).length, total: results.rows.length })}
        style={{ marginBottom: 12 }}
      />
      <List
        size="small"
        dataSource={results.rows}
        renderItem={(row) => {
          const outcome = bulkOutcome(row);
          return (
            <List.Item data-outcome={outcome}>
              <Typography.Text>{codes[row.id] ?? row.id}</Typography.Text>
              <Tag color={OUTCOME_COLOR[outcome]}>{t(`triage.bulk.outcome.${outcome}`)}</Tag>
            </List.Item>
          );
        }}
      />
    </Modal>
  );
  // The outcome stays on screen after the succeeded rows leave the selection.
  if (!selected.length) return resultsModal || null;

  return (
    <Card size="small" style={{ marginBottom: 16, background: '#f0f5ff', borderColor: '#adc6ff' }}>
      <Flex gap={8} wrap align="center">
        <Typography.Text strong>{t('triage.bulk.selected', { count: selected.length })}</Typography.Text>
        <Button type="primary" disabled={!loaded || !offers('accept')} loading={bulk.isPending && !assigning} onClick={() => void run('accept').catch(() => undefined)}>
          {t('triage.bulk.run', { action: label('accept') })}
        </Button>
        <Button disabled={!loaded || !offers('assign')} onClick={() => setAssigning(true)}>
          {t('triage.bulk.run', { action: label('assign') })}
        </Button>
        <Button disabled={!loaded || !projectable.length} onClick={() => void navigate(`/projects/new?requests=${projectable.map((item) => item.id).join(',')}`)}>
          {t('triage.bulk.toProject')}
        </Button>
        <Button type="link" onClick={onClear}>
          {t('triage.bulk.clear')}
        </Button>
      </Flex>
      {bulk.isPending && (
        <Alert type="info" showIcon icon={<Spin size="small" />} role="status" message={t('triage.bulk.running', { count: selected.length })} style={{ marginTop: 12 }} />
      )}
      {bulk.isError && !assigning && <ApiErrorAlert error={bulk.error} />}
      {assigning && (
        <Modal
          open
          title={t('triage.bulk.run', { action: label('assign') })}
          okText={label('assign')}
          cancelText={t('common.cancel')}
          confirmLoading={bulk.isPending}
          onOk={() => form.submit()}
          onCancel={() => setAssigning(false)}
          destroyOnHidden
        >
          <ApiErrorAlert error={bulk.error} />
          <Form form={form} layout="vertical" onFinish={(values) => void run('assign', values.handlerId).catch(() => undefined)}>
            <Form.Item name="handlerId" label={t('actionField.handlerId')} rules={[{ required: true, message: t('validation.select', { field: t('actionField.handlerId') }) }]}>
              <HandlerSelect unitIds={selected.map((item) => item.handlingUnitId)} />
            </Form.Item>
          </Form>
        </Modal>
      )}
      {resultsModal}
    </Card>
  );
}
