// /requests/new: a logged-in worker submits, by name (default) or anonymously.
import { Card } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header';
import { WhyLink } from '../../../components/why-link';
import { RequestForm, type SubmittedRequest } from '../../../features/intake/components/request-form';
import { SubmissionResult } from '../../../features/intake/components/submission-result';

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
        <SubmissionResult
          result={result}
          onAnother={() => {
            setResult(null);
            setFormKey((key) => key + 1);
          }}
        />
      </div>
    );
  }
  return (
    <div style={{ maxWidth: 720 }}>
      <PageHeader title={t('nav.requestNew')}>
        {t('intake.newIntro')} <WhyLink stage="intake" />
      </PageHeader>
      <Card>
        <RequestForm key={formKey} onSubmitted={setResult} />
      </Card>
    </div>
  );
}
