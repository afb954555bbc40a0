// /requests/new: a logged-in worker submits, by name (default) or anonymously.
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header';
import { WhyLink } from '../../../components/why-link';
import { RequestForm, type SubmittedRequest } from '../../../features/intake/components/request-form';
import { PageSpin } from '../../../components/page-spin';
import { FormPanel } from '../../layout/form-panel';

// Shown after the submission only (with its QR code and tracking card): a chunk of its own.
const SubmissionResult = lazy(async () => ({ default: (await import('../../../features/intake/components/submission-result')).SubmissionResult }));

export function NewRequestRoute() {
  const { t } = useTranslation();
  const [result, setResult] = useState<SubmittedRequest | null>(null);
  const [formKey, setFormKey] = useState(0);
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [result]);
  if (result) {
    return (
      <div style={{ maxWidth: 560, margin: '0 auto' }}>
        <Suspense fallback={<PageSpin />}>
          <SubmissionResult
            result={result}
            onAnother={() => {
              setResult(null);
              setFormKey((key) => key + 1);
            }}
          />
        </Suspense>
      </div>
    );
  }
  return (
    <div style={{ maxWidth: 720 }}>
      <PageHeader title={t('nav.requestNew')}>
        {t('intake.newIntro')} <WhyLink stage="intake" />
      </PageHeader>
      <FormPanel>
        <RequestForm key={formKey} onSubmitted={setResult} />
      </FormPanel>
    </div>
  );
}
