// /requests/:id: the requester's read-only view of one request (merged: with the request it follows), and their answer.
import { ArrowLeftOutlined } from '@ant-design/icons';
import type { AnswerSummary } from '@banshishi/contracts';
import { ANSWER_RESOLVED, ANSWER_SATISFACTION, inStatusGroup } from '@banshishi/workflow';
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
import { categoryName } from '../../../lib/localized-name';

const NOTE_KEYS = ['note', 'reason', 'resolution'];

/** The answer an answer event carries (the requester's own), as the timeline shows it back. */
function answerOf(payload: Record<string, unknown>): AnswerSummary | undefined {
  const { resolved, satisfaction, comment } = payload;
  if (!inStatusGroup(ANSWER_RESOLVED, String(resolved)) || !inStatusGroup(ANSWER_SATISFACTION, String(satisfaction))) return undefined;
  return { resolved, satisfaction, ...(typeof comment === 'string' && comment !== '' ? { comment } : {}) } as AnswerSummary;
}

export function RequestDetailRoute() {
  const { t, i18n } = useTranslation();
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
            categoryName={categoryName(detail, i18n.language)}
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
                const answer = answerOf(entry.payload);
                return {
                  action: entry.action,
                  toStatus: entry.toStatus,
                  at: entry.at,
                  ...(note ? { note } : {}),
                  ...(attachmentIds.length ? { attachmentIds } : {}),
                  ...(answer ? { answer } : {}),
                };
              })}
            attachments={detail.attachments}
            notePhotos={detail.notePhotos}
            project={detail.project && <RequestProjectProgress project={detail.project} />}
            mergedInto={detail.mergedInto}
            mergedIntoProject={detail.mergedInto?.project && <RequestProjectProgress project={detail.mergedInto.project} />}
            answer={
              <AnswerForm
                // resolved, or merged and what it follows is done: the workflow offers feedback exactly then
                open={detail.availableActions.includes('feedback')}
                merged={detail.status === 'merged'}
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
