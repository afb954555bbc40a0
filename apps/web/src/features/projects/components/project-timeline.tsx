// A project's timeline: each step with who, when and the words given (comment, reason, report).
import type { ProjectTimelineEntry } from '@banshishi/contracts';
import { PROJECT_ACTION_LABELS, PROJECT_STATUS_LABELS, type ProjectAction, type ProjectStatus } from '@banshishi/workflow';
import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { workflowLabel } from '../../../lib/workflow-label';
import { useFormat } from '../../../lib/use-format';

const TEXT_KEYS = ['comment', 'reason', 'report'] as const;

export function ProjectTimeline({ entries }: { entries: ProjectTimelineEntry[] }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  if (!entries.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('intake.detail.noEvents')} />;
  return (
    <Timeline
      style={{ marginTop: 8, marginBottom: -16 }}
      items={[...entries].reverse().map((entry, index) => ({
        key: `${entry.at}-${index}`,
        color: index === 0 ? 'blue' : 'gray',
        children: (
          <>
            <Typography.Text strong>
              {entry.action in PROJECT_ACTION_LABELS
                ? workflowLabel(PROJECT_ACTION_LABELS[entry.action as ProjectAction], i18n.language)
                : t(`triage.timelineAction.${entry.action}`, { defaultValue: entry.action })}
            </Typography.Text>{' '}
            {entry.fromStatus !== entry.toStatus && (
              <Typography.Text type="secondary">→ {workflowLabel(PROJECT_STATUS_LABELS[entry.toStatus as ProjectStatus], i18n.language, entry.toStatus)}</Typography.Text>
            )}
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {format.dateTime(entry.at)}
                {entry.actorName ? ` · ${entry.actorName}` : ''}
                {typeof entry.payload.score === 'number' ? ` · ${t('actionField.score')} ${entry.payload.score}` : ''}
              </Typography.Text>
            </div>
            {TEXT_KEYS.map((key) => entry.payload[key])
              .filter((value): value is string => typeof value === 'string' && value !== '')
              .map((text) => (
                <Typography.Paragraph key={text} style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                  {text}
                </Typography.Paragraph>
              ))}
          </>
        ),
      }))}
    />
  );
}
