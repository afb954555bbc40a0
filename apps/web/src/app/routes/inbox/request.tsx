// /inbox/:id: one request as staff handle it: header with clocks, description, the requester's files, timeline (with
// the notes' photos), possible duplicates, the requests merged into it (or where it was merged), its project, the
// contact (audited) and the buttons its availableActions allow.
import { ArrowLeftOutlined } from '@ant-design/icons';
import type { RequestDetail } from '@banshishi/contracts';
import { Alert, Button, Card, Col, Descriptions, Flex, Row, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useRequest } from '../../../features/triage/api/get-request';
import { RequestStatusTag } from '../../../components/request-status-tag';
import { ContactReveal } from '../../../features/triage/components/contact-reveal';
import { DueMark } from '../../../components/due-mark';
import { NotePhotos } from '../../../components/note-photos';
import { DuplicatesPanel } from '../../../features/triage/components/duplicates-panel';
import { MergedDuplicates, MergedInto } from '../../../features/triage/components/merged-duplicates';
import { RequestActions, type OpenAction } from '../../../features/triage/components/request-actions';
import { StaffTimeline } from '../../../features/triage/components/staff-timeline';
import { useFormat } from '../../../lib/use-format';
import { QueryState } from '../../../components/query-state';
import { categoryName } from '../../../lib/localized-name';

/** The project a request joined, from its latest link_project event (the summary carries the code only). */
function projectIdOf(request: RequestDetail): string | undefined {
  const linked = [...request.timeline].reverse().find((entry) => entry.action === 'link_project' && typeof entry.payload.projectId === 'string');
  return linked?.payload.projectId as string | undefined;
}

function RequestHeader({ request }: { request: RequestDetail }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  return (
    <Card>
      <Flex vertical gap={12}>
        <Flex gap={8} wrap align="center">
          <RequestStatusTag status={request.status} />
          <Typography.Title level={3} style={{ margin: 0 }}>
            {request.title}
          </Typography.Title>
        </Flex>
        {request.overdue && <Alert type="error" showIcon message={t('triage.detail.overdue')} />}
        {request.pendingExtension && (
          <Alert
            type="warning"
            showIcon
            data-testid="pending-extension"
            message={t('implementation.extension.pending', { days: request.pendingExtension.days })}
            description={t('implementation.extension.requestedAt', { at: format.dateTime(request.pendingExtension.requestedAt) })}
          />
        )}
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            { key: 'code', label: t('intake.detail.code'), children: <Typography.Text copyable>{request.code}</Typography.Text> },
            { key: 'category', label: t('intake.detail.category'), children: categoryName(request, i18n.language) },
            { key: 'requester', label: t('triage.detail.requester'), children: request.anonymous ? <Tag>{t('triage.anonymous')}</Tag> : (request.requesterName ?? '—') },
            { key: 'home', label: t('triage.detail.homeUnit'), children: request.homeUnitName },
            { key: 'handling', label: t('triage.detail.handlingUnit'), children: request.handlingUnitName },
            { key: 'channel', label: t('inPerson.detail.channel'), children: <span data-testid="request-channel">{t(`inPerson.channel.${request.channel}`)}</span> },
            ...(request.heardOn
              ? [
                  { key: 'heardOn', label: t('inPerson.detail.heardOn'), children: format.date(`${request.heardOn}T12:00:00+08:00`) },
                  { key: 'takenBy', label: t('inPerson.detail.takenBy'), children: request.takenByName ?? '—' },
                ]
              : []),
            { key: 'submitted', label: t('intake.detail.submittedAt'), children: format.dateTime(request.submittedAt) },
            { key: 'responseDue', label: t('triage.detail.responseDue'), children: format.dateTime(request.responseDueAt) },
            { key: 'due', label: t('triage.detail.clock'), children: <DueMark dueAt={request.dueAt} overdue={request.overdue} dueSoon={request.dueSoon} /> },
            ...(request.resolutionDueAt
              ? [
                  {
                    key: 'resolutionDue',
                    label: t('implementation.resolutionDue'),
                    children: (
                      <span data-testid="resolution-due">
                        {format.dateTime(request.resolutionDueAt)}
                        {request.extendedDays > 0 && (
                          <Tag color="blue" style={{ marginInlineStart: 8 }}>
                            {t('implementation.extension.extended', { days: request.extendedDays })}
                          </Tag>
                        )}
                      </span>
                    ),
                  },
                ]
              : []),
            ...(request.reopenCount ? [{ key: 'reopen', label: t('triage.detail.reopenCount'), children: request.reopenCount }] : []),
          ]}
        />
      </Flex>
    </Card>
  );
}

export function InboxRequestRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const request = useRequest(id);
  const [open, setOpen] = useState<OpenAction | null>(null);

  return (
    <>
      <Link to="/inbox">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0, marginBottom: 8 }}>
          {t('nav.inbox')}
        </Button>
      </Link>
      <QueryState query={request}>
        {(detail) => (
          <Flex vertical gap={16}>
            <RequestHeader request={detail} />
            <Flex gap={8} wrap align="center">
              <RequestActions request={detail} open={open} onOpen={setOpen} reload={() => request.refetch()} />
              {detail.hasContact && <ContactReveal requestId={detail.id} />}
            </Flex>
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={15}>
                <Flex vertical gap={16}>
                  <Card size="small" title={t('triage.detail.description')}>
                    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{detail.description}</Typography.Paragraph>
                  </Card>
                  {detail.attachments.length > 0 && (
                    <Card size="small" title={t('intake.detail.attachments')}>
                      <NotePhotos attachments={detail.attachments} />
                    </Card>
                  )}
                  <Card size="small" title={t('intake.detail.timeline')}>
                    <StaffTimeline entries={detail.timeline} attachments={[...detail.attachments, ...detail.notePhotos]} />
                  </Card>
                </Flex>
              </Col>
              <Col xs={24} lg={9}>
                <Flex vertical gap={16}>
                  {detail.mergedInto && <MergedInto followed={detail.mergedInto} />}
                  <MergedDuplicates duplicates={detail.duplicates} />
                  {detail.project && (
                    <Card size="small" title={t('triage.detail.project')}>
                      {projectIdOf(detail) ? (
                        <Link to={`/projects/${projectIdOf(detail)}`}>
                          <Typography.Text strong>{detail.project.code}</Typography.Text> {detail.project.title}
                        </Link>
                      ) : (
                        <>
                          <Typography.Text strong>{detail.project.code}</Typography.Text> {detail.project.title}
                        </>
                      )}{' '}
                      <Tag color="purple">{detail.project.statusLabel}</Tag>
                    </Card>
                  )}
                  <DuplicatesPanel requestId={detail.id} onMerge={detail.availableActions.includes('merge') ? (target) => setOpen({ action: 'merge', target }) : undefined} />
                </Flex>
              </Col>
            </Row>
          </Flex>
        )}
      </QueryState>
    </>
  );
}
