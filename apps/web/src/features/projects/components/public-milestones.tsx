// A project's milestones as the public and the linked requesters see them: due date, done date, evidence, or waived
// with the reason. No person.
import { CheckCircleFilled, ClockCircleOutlined, ExclamationCircleOutlined, MinusCircleOutlined } from '@ant-design/icons';
import type { PublicMilestone } from '@banshishi/contracts';
import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/use-format';

export function PublicMilestones({ milestones }: { milestones: readonly PublicMilestone[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!milestones.length) return null;
  return (
    <Timeline
      style={{ marginTop: 8, marginBottom: -16 }}
      items={milestones.map((milestone, index) => ({
        key: `${milestone.title}-${index}`,
        color: milestone.doneOn ? 'green' : milestone.waivedOn ? 'orange' : milestone.overdue ? 'red' : 'gray',
        dot: milestone.doneOn ? <CheckCircleFilled /> : milestone.waivedOn ? <MinusCircleOutlined /> : milestone.overdue ? <ExclamationCircleOutlined /> : <ClockCircleOutlined />,
        children: (
          <div data-milestone={milestone.title}>
            <Typography.Text strong>{milestone.title}</Typography.Text>
            <div>
              <Typography.Text type={milestone.overdue ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
                {milestone.doneOn
                  ? t('implementation.milestone.doneOn', { date: format.date(milestone.doneOn) })
                  : milestone.waivedOn
                    ? t('implementation.milestone.waivedOn', { date: format.date(milestone.waivedOn) })
                    : `${t('implementation.milestone.due', { date: format.date(milestone.dueDate) })}${milestone.overdue ? ` · ${t('implementation.milestone.overdue')}` : ''}`}
              </Typography.Text>
            </div>
            {milestone.evidence && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{milestone.evidence}</Typography.Paragraph>}
            {milestone.waiverReason && (
              <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                {t('implementation.milestone.publicWaiverReason', { reason: milestone.waiverReason })}
              </Typography.Paragraph>
            )}
          </div>
        ),
      }))}
    />
  );
}
