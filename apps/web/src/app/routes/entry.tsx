// /s/:entryToken: a unit's QR entry page. No login; the worker stays anonymous (no name, phone, account or IP stored).
// A light page (app/light): plain HTML and React, what a phone on a factory floor downloads first. The form shows at
// once, the unit's name when it arrives (an unknown QR key then replaces the form with what to do).
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { WhyLink } from '../../components/why-link';
import { entryUnitKey, getEntryUnit } from '../../features/intake/api/get-entry-unit';
import { ApiRequestError } from '../../lib/api-client';
import { useLoaded } from '../../lib/use-loaded';
import { LoadFailed } from '../light/load-failed';
import { SubmitRequest } from '../light/submit-request';

export function EntryRoute({ entryToken }: { entryToken: string }) {
  const { t } = useTranslation();
  const unit = useLoaded(entryUnitKey(entryToken), () => getEntryUnit(entryToken));
  const unitName = unit.status === 'done' ? unit.data.unitName : null;

  useEffect(() => {
    document.title = unitName ? `${unitName} · ${t('entry.title')}` : t('entry.title');
  }, [unitName, t]);

  const trackLink = (
    <a className="lt-link" href="/track">
      {t('entry.trackLink')}
    </a>
  );
  if (unit.status === 'error') {
    if (unit.error instanceof ApiRequestError && unit.error.status === 404) {
      return (
        <div className="lt-panel lt-center">
          <h1 className="lt-heading">{t('entry.unknownTitle')}</h1>
          <p className="lt-muted">{t('entry.unknownText')}</p>
          <p>{trackLink}</p>
        </div>
      );
    }
    return <LoadFailed error={unit.error} onRetry={unit.retry} />;
  }
  return (
    <SubmitRequest
      entryToken={entryToken}
      frame={(form) => (
        <>
          <p className="lt-muted" style={{ margin: 0 }}>
            {t('entry.to')}
          </p>
          {/* the unit's name fills in when it arrives; the line is kept meanwhile, so nothing below moves */}
          <h1 className="lt-heading">{unitName ?? '\u00a0'}</h1>
          <div className="lt-alert lt-alert-success">
            <div className="lt-alert-title">{t('entry.anonymousTitle')}</div>
            <p>{t('entry.anonymousText')}</p>
          </div>
          {form}
          <p className="lt-muted lt-center lt-text" style={{ marginTop: 16 }}>
            {t('entry.already')} {trackLink} · <WhyLink stage="intake" />
          </p>
        </>
      )}
    />
  );
}
