// What a requester sees of their request: the status in plain words, the question once it is resolved, the resolution,
// the dates to expect, its project's progress, the public timeline with the notes' photos and their own answers, the
// files; and for a merged request, the request it went into: its progress and result, which it now follows.
import type { AnswerSummary, AttachmentSummary, FollowedRequest, TrackedNotification } from '@banshishi/contracts';
import {
  ANSWER_RESOLVED_LABELS,
  ANSWER_SATISFACTION_LABELS,
  inStatusGroup,
  REQUEST_AWAITING_ANSWER_STATUSES,
  REQUEST_AWAITING_RESPONSE_STATUSES,
  type RequestStatus,
} from '@banshishi/workflow';
import { Alert, Card, Descriptions, Empty, Flex, List, Space, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NotePhotos } from '../../../components/note-photos';
import { RequestStatusTag } from '../../../components/request-status-tag';
import { useFormat } from '../../../lib/use-format';
import { workflowLabel } from '../../../lib/workflow-label';

export interface ProgressEvent {
  action: string;
  toStatus: string;
  at: string;
  note?: string;
  /** the photos of a public progress note */
  attachmentIds?: string[];
  /** feedback / return_visit: the requester's own answer */
  answer?: AnswerSummary;
}

interface RequestProgressProps {
  code: string;
  title: string;
  status: RequestStatus;
  categoryName: string;
  submittedAt: string;
  responseDueAt: string | null;
  description?: string;
  unitName?: string;
  timeline: ProgressEvent[];
  /** the request's own files */
  attachments: AttachmentSummary[];
  /** the photos of its public progress notes, shown under their notes */
  notePhotos?: AttachmentSummary[];
  /** an anonymous requester opens attachments with the code and secret */
  attachmentAccess?: { code: string; secret: string };
  /** the card of the project the request follows (features/projects, put in by the app) */
  project?: ReactNode;
  /** the tracking page: what was sent to the anonymous requester */
  notifications?: TrackedNotification[];
  /** the answer form (or what the answer did), in place of the plain "请评价" prompt */
  answer?: ReactNode;
  /** merged: the request it went into, whose progress and result it follows */
  mergedInto?: FollowedRequest | null;
  /** the card of that request's project (features/projects, put in by the app) */
  mergedIntoProject?: ReactNode;
}

/** 已解决 · 满意 — and the comment, in the reader's language. */
export function AnswerText({ answer }: { answer: AnswerSummary }) {
  const { t, i18n } = useTranslation();
  const words = {
    resolved: workflowLabel(ANSWER_RESOLVED_LABELS[answer.resolved], i18n.language, answer.resolved),
    satisfaction: workflowLabel(ANSWER_SATISFACTION_LABELS[answer.satisfaction], i18n.language, answer.satisfaction),
    comment: answer.comment,
  };
  return (
    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid="answer-given">
      {answer.comment ? t('intake.answer.givenComment', words) : t('intake.answer.given', words)}
    </Typography.Paragraph>
  );
}

/** A requester's timeline, newest first: what happened, when, the words meant for them, photos, their own answers. */
function ProgressTimeline({ events, files, access }: { events: readonly ProgressEvent[]; files: readonly AttachmentSummary[]; access?: { code: string; secret: string } }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!events.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('intake.detail.noEvents')} />;
  return (
    <Timeline
      style={{ marginTop: 8, marginBottom: -16 }}
      items={[...events].reverse().map((event, index) => ({
        key: `${event.at}-${index}`,
        color: index === 0 ? 'red' : 'gray',
        children: (
          <>
            <Typography.Text strong>
              {t(`intake.timeline.${event.action}`, { defaultValue: t(`requestStatus.${event.toStatus}.label`, { defaultValue: event.action }) })}
            </Typography.Text>
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {format.dateTime(event.at)}
              </Typography.Text>
            </div>
            {event.note && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{event.note}</Typography.Paragraph>}
            {event.answer && <AnswerText answer={event.answer} />}
            {event.attachmentIds && <NotePhotos attachments={files} ids={event.attachmentIds} access={access} />}
          </>
        ),
      }))}
    />
  );
}

/** The latest resolution the requester was told (a handler's resolve, or a completed project's report). */
function resolutionOf(timeline: readonly ProgressEvent[]): ProgressEvent | undefined {
  return [...timeline].reverse().find((event) => event.action === 'resolve' && event.note);
}

export function RequestProgress(props: RequestProgressProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { status, responseDueAt } = props;
  const awaitingResponse = inStatusGroup(REQUEST_AWAITING_RESPONSE_STATUSES, status);
  const overdue = awaitingResponse && responseDueAt !== null && Date.parse(responseDueAt) < Date.now();
  // Its own, or (merged) the result of the request it follows.
  const resolution = resolutionOf(props.timeline) ?? resolutionOf(props.mergedInto?.timeline ?? []);
  // The request's own files; a note's photos show under that note.
  const ownFiles = props.attachments;
  const files = [...props.attachments, ...(props.notePhotos ?? [])];
  const items: { label: string; children: ReactNode }[] = [
    { label: t('intake.detail.code'), children: <Typography.Text copyable>{props.code}</Typography.Text> },
    { label: t('intake.detail.category'), children: props.categoryName },
    ...(props.unitName ? [{ label: t('intake.detail.unit'), children: props.unitName }] : []),
    { label: t('intake.detail.submittedAt'), children: format.dateTime(props.submittedAt) },
    ...(responseDueAt && awaitingResponse ? [{ label: t('intake.detail.responseDue'), children: format.date(responseDueAt) }] : []),
  ];
  return (
    <Flex vertical gap={16}>
      <Card>
        <Space direction="vertical" size={8} style={{ width: '100%' }}>
          <Space wrap size={8}>
            <RequestStatusTag status={status} />
            <Typography.Title level={4} style={{ margin: 0 }}>
              {props.title}
            </Typography.Title>
          </Space>
          <Alert type={overdue ? 'warning' : 'info'} showIcon message={t(`requestStatus.${status}.text`)} description={overdue ? t('intake.detail.overdue') : undefined} />
          {props.answer ??
            (inStatusGroup(REQUEST_AWAITING_ANSWER_STATUSES, status) && (
              <Alert type="warning" showIcon role="status" data-testid="answer-prompt" message={t('intake.answer.title')} description={t('intake.answer.text')} />
            ))}
          {resolution && (
            <Alert
              type="success"
              showIcon
              data-testid="resolution"
              message={t('intake.detail.resolution')}
              description={<Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{resolution.note}</Typography.Paragraph>}
            />
          )}
          <Descriptions size="small" column={1} items={items.map((item, index) => ({ key: index, ...item }))} />
          {props.description && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{props.description}</Typography.Paragraph>}
        </Space>
      </Card>
      {props.project}
      {props.mergedInto && (
        <Card size="small" title={t('intake.detail.mergedTitle')} data-testid="merged-into">
          <Flex vertical gap={8}>
            <Space wrap size={8}>
              <Typography.Text strong>{t('intake.detail.mergedInto', { code: props.mergedInto.code, title: props.mergedInto.title })}</Typography.Text>
              <RequestStatusTag status={props.mergedInto.status} />
            </Space>
            <Typography.Text type="secondary">{t('intake.detail.mergedText')}</Typography.Text>
            <ProgressTimeline events={props.mergedInto.timeline} files={[]} />
          </Flex>
        </Card>
      )}
      {props.mergedIntoProject}
      {ownFiles.length > 0 && (
        <Card size="small" title={t('intake.detail.attachments')}>
          <NotePhotos attachments={ownFiles} access={props.attachmentAccess} />
        </Card>
      )}
      <Card size="small" title={t('intake.detail.timeline')}>
        <ProgressTimeline events={props.timeline} files={files} access={props.attachmentAccess} />
      </Card>
      {props.notifications && (
        <Card size="small" title={t('notifications.title')} data-testid="tracked-notifications">
          {props.notifications.length ? (
            <List
              size="small"
              dataSource={props.notifications}
              renderItem={(item) => (
                <List.Item>
                  <Flex vertical gap={2}>
                    <Typography.Text>{item.title}</Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t(`notifications.kind.${item.kind}`)} · {format.dateTime(item.at)}
                    </Typography.Text>
                  </Flex>
                </List.Item>
              )}
            />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.none')} />
          )}
        </Card>
      )}
    </Flex>
  );
}
