// A merged request's links: on the target, the duplicates merged into it (their requesters, photos and own answers);
// on a merged one, the request it went into and now follows.
import type { FollowedRequest, MergedDuplicate } from '@banshishi/contracts';
import { ANSWER_RESOLVED_LABELS, ANSWER_SATISFACTION_LABELS } from '@banshishi/workflow';
import { Card, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NotePhotos } from '../../../components/note-photos';
import { RequestStatusTag } from '../../../components/request-status-tag';
import { useFormat } from '../../../lib/use-format';
import { workflowLabel } from '../../../lib/workflow-label';

export function MergedInto({ followed }: { followed: FollowedRequest }) {
  const { t } = useTranslation();
  const code = <Typography.Text strong>{followed.code}</Typography.Text>;
  return (
    <Card size="small" title={t('triage.merged.intoTitle')} data-testid="merged-into">
      <Flex gap={8} wrap align="center">
        {followed.id ? <Link to={`/inbox/${followed.id}`}>{code}</Link> : code}
        <span>{followed.title}</span>
        <RequestStatusTag status={followed.status} />
      </Flex>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t('triage.merged.intoText')}
      </Typography.Paragraph>
    </Card>
  );
}

export function MergedDuplicates({ duplicates }: { duplicates: readonly MergedDuplicate[] }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  if (!duplicates.length) return null;
  return (
    <Card size="small" title={t('triage.merged.duplicatesTitle', { count: duplicates.length })} data-testid="merged-duplicates">
      <List
        size="small"
        dataSource={[...duplicates]}
        renderItem={(duplicate) => (
          <List.Item data-request={duplicate.code}>
            <Flex vertical gap={4} style={{ minWidth: 0 }}>
              <Flex gap={8} wrap align="center">
                <Link to={`/inbox/${duplicate.id}`}>
                  <Typography.Text strong>{duplicate.code}</Typography.Text>
                </Link>
                <span>{duplicate.title}</span>
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {duplicate.anonymous ? t('triage.anonymous') : (duplicate.requesterName ?? '—')} · {format.dateTime(duplicate.submittedAt)}
              </Typography.Text>
              <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }}>
                {duplicate.description}
              </Typography.Paragraph>
              <NotePhotos attachments={duplicate.attachments} />
              {duplicate.answer ? (
                <Typography.Text data-testid="duplicate-answer">
                  <Tag color="blue">{t('triage.merged.answered')}</Tag>
                  {t(duplicate.answer.comment ? 'intake.answer.givenComment' : 'intake.answer.given', {
                    resolved: workflowLabel(ANSWER_RESOLVED_LABELS[duplicate.answer.resolved], i18n.language, duplicate.answer.resolved),
                    satisfaction: workflowLabel(ANSWER_SATISFACTION_LABELS[duplicate.answer.satisfaction], i18n.language, duplicate.answer.satisfaction),
                    comment: duplicate.answer.comment,
                  })}
                </Typography.Text>
              ) : null}
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
