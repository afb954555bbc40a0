// /track (no login): the tracking code and secret → status, public timeline, expected dates, the project's progress,
// and the answer form once the request is resolved — or, merged, once the request it follows is.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { useAnswerTracked } from '../../features/evaluation/api/answer-tracked';
import { AnswerForm } from '../../features/evaluation/components/answer-form';
import type { TrackInput } from '../../features/intake/api/track-request';
import { TrackForm, type TrackedParts } from '../../features/intake/components/track-form';
import { RequestProjectProgress } from '../../features/projects/components/request-project-progress';
import { trackingFromHash } from '../../lib/tracking-link';

function isTrackInput(state: unknown): state is TrackInput {
  return typeof state === 'object' && state !== null && typeof (state as TrackInput).code === 'string' && typeof (state as TrackInput).secret === 'string';
}

export function TrackRoute() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const answer = useAnswerTracked();
  // From the result page, in router state; or from a tracking link (a slip's QR, a saved link), in the fragment, which
  // no server ever receives. Read once, then dropped from the history entry and the address bar.
  const [prefill] = useState(() => (isTrackInput(location.state) ? { code: location.state.code, secret: location.state.secret } : (trackingFromHash(location.hash) ?? undefined)));
  useEffect(() => {
    if (prefill) void navigate({ pathname: location.pathname, search: location.search, hash: '' }, { replace: true, state: null });
  }, [prefill, navigate]);
  const parts: TrackedParts = {
    project: (project) => <RequestProjectProgress project={project} />,
    answer: ({ request, access, reload }) => (
      <AnswerForm
        key={request.code}
        open={request.canAnswer}
        merged={request.status === 'merged'}
        submit={async (input) => {
          const result = await answer.mutateAsync({ ...access, ...input });
          // Show the new status and the answer on the timeline.
          reload();
          return result.status;
        }}
      />
    ),
  };
  return (
    <>
      <PageHeader title={t('track.title')}>{t('track.intro')}</PageHeader>
      <TrackForm prefill={prefill} parts={parts} />
    </>
  );
}
