// The running clock of a request: red when overdue, orange when due soon, with the due time in relative words.
import { ClockCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { dueState } from '../lib/due-state';
import { useFormat } from '../lib/use-format';

const COLOR = { overdue: 'red', dueSoon: 'orange', running: 'default' } as const;

export function DueMark({ dueAt, overdue, dueSoon }: { dueAt: string | null; overdue: boolean; dueSoon: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!dueAt) return <span aria-label={t('triage.due.none')}>—</span>;
  const state = dueState({ overdue, dueSoon });
  return (
    <Tooltip title={format.dateTime(dueAt)}>
      <Tag color={COLOR[state]} icon={state === 'running' ? <ClockCircleOutlined /> : <ExclamationCircleOutlined />} style={{ marginInlineEnd: 0 }} data-due={state}>
        {t(`triage.due.${state}`, { when: format.relative(dueAt) })}
      </Tag>
    </Tooltip>
  );
}
