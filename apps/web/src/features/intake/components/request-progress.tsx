// What a requester sees of their request: the status in plain words, the dates to expect, the public timeline, the files.
import { FilePdfOutlined, PaperClipOutlined } from '@ant-design/icons';
import type { AttachmentSummary, RequestProjectSummary } from '@banshishi/contracts';
import type { RequestStatus } from '@banshishi/workflow';
import { Alert, Card, Descriptions, Empty, Flex, Space, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { attachmentUrl } from '../api/upload-attachment';
import { RequestStatusTag } from './request-status-tag';

export interface ProgressEvent {
  action: string;
  toStatus: string;
  at: string;
  note?: string;
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
  attachments: AttachmentSummary[];
  /** an anonymous requester opens attachments with the code and secret */
  attachmentAccess?: { code: string; secret: string };
  project: RequestProjectSummary | null;
}

const WAITING_FOR_RESPONSE: readonly RequestStatus[] = ['submitted'];

function when(at: string): string {
  return dayjs(at).format('YYYY-MM-DD HH:mm');
}

export function RequestProgress(props: RequestProgressProps) {
  const { t } = useTranslation();
  const { status, responseDueAt } = props;
  const overdue = WAITING_FOR_RESPONSE.includes(status) && responseDueAt !== null && dayjs(responseDueAt).isBefore(dayjs());
  const items: { label: string; children: ReactNode }[] = [
    { label: t('intake.detail.code'), children: <Typography.Text copyable>{props.code}</Typography.Text> },
    { label: t('intake.detail.category'), children: props.categoryName },
    ...(props.unitName ? [{ label: t('intake.detail.unit'), children: props.unitName }] : []),
    { label: t('intake.detail.submittedAt'), children: when(props.submittedAt) },
    ...(responseDueAt && WAITING_FOR_RESPONSE.includes(status)
      ? [{ label: t('intake.detail.responseDue'), children: dayjs(responseDueAt).format('YYYY-MM-DD') }]
      : []),
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
          <Alert
            type={overdue ? 'warning' : 'info'}
            showIcon
            message={t(`requestStatus.${status}.text`)}
            description={overdue ? t('intake.detail.overdue') : undefined}
          />
          {props.project && (
            <Alert
              type="success"
              showIcon
              message={t('intake.detail.project', { code: props.project.code, title: props.project.title })}
              description={t('intake.detail.projectStatus', { status: props.project.statusLabel })}
            />
          )}
          <Descriptions size="small" column={1} items={items.map((item, index) => ({ key: index, ...item }))} />
          {props.description && (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{props.description}</Typography.Paragraph>
          )}
        </Space>
      </Card>
      {props.attachments.length > 0 && (
        <Card size="small" title={t('intake.detail.attachments')}>
          <Flex vertical gap={4}>
            {props.attachments.map((file) => (
              <a key={file.id} href={attachmentUrl(file.id, props.attachmentAccess)} target="_blank" rel="noreferrer">
                {file.kind === 'pdf' ? <FilePdfOutlined /> : <PaperClipOutlined />} {file.originalName}
              </a>
            ))}
          </Flex>
        </Card>
      )}
      <Card size="small" title={t('intake.detail.timeline')}>
        {props.timeline.length ? (
          <Timeline
            style={{ marginTop: 8, marginBottom: -16 }}
            items={[...props.timeline].reverse().map((event, index) => ({
              key: `${event.at}-${index}`,
              color: index === 0 ? 'red' : 'gray',
              children: (
                <>
                  <Typography.Text strong>{t(`intake.timeline.${event.action}`, { defaultValue: t(`requestStatus.${event.toStatus}.label`, { defaultValue: event.action }) })}</Typography.Text>
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {when(event.at)}
                    </Typography.Text>
                  </div>
                  {event.note && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{event.note}</Typography.Paragraph>}
                </>
              ),
            }))}
          />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('intake.detail.noEvents')} />
        )}
      </Card>
    </Flex>
  );
}
