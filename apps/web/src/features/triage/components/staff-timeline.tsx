// A request's whole timeline as staff see it: who did what and when, internal entries marked apart from public ones.
import type { AttachmentSummary, RequestTimelineEntry } from '@banshishi/contracts';
import { REQUEST_ACTION_LABELS, REQUEST_STATUS_LABELS, type RequestAction, type RequestStatus } from '@banshishi/workflow';
import { Empty, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { workflowLabel } from '../../../lib/workflow-label';
import { NotePhotos } from '../../../components/note-photos';
import { attachmentIdsOf } from '../../../lib/attachment-ids-of';
import { useFormat } from '../../../lib/use-format';

/** Payload words worth reading; ids are shown through their effect (status, unit) instead. */
const TEXT_KEYS = ['reason', 'note', 'resolution', 'comment', 'report'] as const;

export function StaffTimeline({ entries, attachments = [] }: { entries: RequestTimelineEntry[]; attachments?: readonly AttachmentSummary[] }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  if (!entries.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('intake.detail.noEvents')} />;
  const actionLabel = (action: string) =>
    action in REQUEST_ACTION_LABELS ? workflowLabel(REQUEST_ACTION_LABELS[action as RequestAction], i18n.language) : t(`triage.timelineAction.${action}`, { defaultValue: action });
  return (
    <Timeline
      style={{ marginTop: 8, marginBottom: -16 }}
      items={[...entries].reverse().map((entry, index) => {
        const texts = TEXT_KEYS.map((key) => entry.payload[key]).filter((value): value is string => typeof value === 'string' && value !== '');
        return {
          key: `${entry.at}-${index}`,
          color: entry.public ? 'blue' : 'gray',
          children: (
            <div data-public={entry.public}>
              <Typography.Text strong>{actionLabel(entry.action)}</Typography.Text>{' '}
              {entry.fromStatus !== entry.toStatus && (
                <Typography.Text type="secondary">→ {workflowLabel(REQUEST_STATUS_LABELS[entry.toStatus as RequestStatus], i18n.language, entry.toStatus)} </Typography.Text>
              )}
              <Tag color={entry.public ? 'blue' : 'default'} bordered={false}>
                {entry.public ? t('triage.timeline.public') : t('triage.timeline.internal')}
              </Tag>
              {entry.payload.contacted === true && <Tag color="green">{t('triage.timeline.contacted')}</Tag>}
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {format.dateTime(entry.at)}
                  {entry.actorName ? ` · ${entry.actorName}` : ''}
                  {typeof entry.payload.deadline === 'string' ? ` · ${t('actionField.deadline')} ${format.date(entry.payload.deadline)}` : ''}
                </Typography.Text>
              </div>
              {texts.map((text) => (
                <Typography.Paragraph key={text} style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                  {text}
                </Typography.Paragraph>
              ))}
              <NotePhotos attachments={attachments} ids={attachmentIdsOf(entry.payload)} />
            </div>
          ),
        };
      })}
    />
  );
}
