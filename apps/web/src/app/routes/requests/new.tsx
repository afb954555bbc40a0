// /requests/new: a logged-in worker submits, by name (default) or anonymously. The same page on a phone's first visit
// (the light shell, app/light) and inside the full app's layout (reached from its menu).
import { useTranslation } from 'react-i18next';
import { WhyLink } from '../../../components/why-link';
import { SubmitRequest } from '../../light/submit-request';

export function NewRequestRoute() {
  const { t } = useTranslation();
  return (
    <SubmitRequest
      frame={(form) => (
        <div style={{ maxWidth: 720 }}>
          <h1 className="lt-heading">{t('nav.requestNew')}</h1>
          <p className="lt-muted lt-text">
            {t('intake.newIntro')} <WhyLink stage="intake" />
          </p>
          {form}
        </div>
      )}
    />
  );
}
