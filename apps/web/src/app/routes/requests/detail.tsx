// /requests/:id: the requester's read-only view of one request.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { inStatusGroup, REQUEST_AWAITING_ANSWER_STATUSES } from '@banshishi/workflow';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { attachmentIdsOf } from '../../../lib/attachment-ids-of';
import { useRequest } from '../../../features/triage/api/get-request';
import { RequestProgress, type ProgressEvent } from '../../../features/intake/components/request-progress';
import { AnswerForm } from '../../../features/evaluation/components/answer-form';
import { RequestProjectProgress } from '../../../features/projects/components/request-project-progress';
import { useRequestAction } from '../../../features/triage/api/request-action';
import { QueryState } from '../../../components/query-state';

const NOTE_KEYS = ['note', 'reason', 'resolution'];

export function RequestDetailRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const request = useRequest(id);
  const act = useRequestAction();
  return (
    <div style={{ maxWidth: 720 }}>
      <Link to="/requests/mine">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0, marginBottom: 8 }}>
          {t('nav.requestsMine')}
        </Button>
      </Link>
      <QueryState query={request}>
        {(detail) => (
          <RequestProgress
            code={detail.code}
            title={detail.title}
            status={detail.status}
            categoryName={detail.categoryName}
            unitName={detail.handlingUnitName}
            submittedAt={detail.submittedAt}
            responseDueAt={detail.responseDueAt}
            description={detail.description}
            // The requester's page shows the public timeline only, whoever opens it.
            timeline={detail.timeline
              .filter((entry) => entry.public)
              .map((entry): ProgressEvent => {
                const note = NOTE_KEYS.map((key) => entry.payload[key]).find((value): value is string => typeof value === 'string' && value !== '');
                const attachmentIds = attachmentIdsOf(entry.payload);
                return { action: entry.action, toStatus: entry.toStatus, at: entry.at, ...(note ? { note } : {}), ...(attachmentIds.length ? { attachmentIds } : {}) };
              })}
            attachments={detail.attachments}
            project={detail.project && <RequestProjectProgress project={detail.project} />}
            answer={
              <AnswerForm
                open={inStatusGroup(REQUEST_AWAITING_ANSWER_STATUSES, detail.status) && detail.availableActions.includes('feedback')}
                // The version is read when the answer is sent: after a 409 the reloaded request carries the new one.
                submit={async (input) => (await act.mutateAsync({ id, action: 'feedback', version: detail.version, input: { ...input } })).status}
                reload={() => request.refetch()}
              />
            }
          />
        )}
      </QueryState>
    </div>
  );
}
