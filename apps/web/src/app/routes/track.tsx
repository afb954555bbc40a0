// /track (no login): the tracking code and secret → status, public timeline, expected dates.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { PageHeader } from '../../components/page-header';
import type { TrackInput } from '../../features/intake/api/track-request';
import { TrackForm } from '../../features/intake/components/track-form';

function isTrackInput(state: unknown): state is TrackInput {
  return typeof state === 'object' && state !== null && typeof (state as TrackInput).code === 'string' && typeof (state as TrackInput).secret === 'string';
}

export function TrackRoute() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  // From the result page, in router state (never the URL). Read once, then dropped from the history entry.
  const [prefill] = useState(() => (isTrackInput(location.state) ? { code: location.state.code, secret: location.state.secret } : undefined));
  useEffect(() => {
    if (prefill) void navigate('.', { replace: true, state: null });
  }, [prefill, navigate]);
  return (
    <>
      <PageHeader title={t('track.title')}>{t('track.intro')}</PageHeader>
      <TrackForm prefill={prefill} />
    </>
  );
}
