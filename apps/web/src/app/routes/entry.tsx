// /s/:entryToken: a unit's QR entry page. No login; the worker stays anonymous (no name, phone, account or IP stored).
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Typography } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LazyResult as Result } from '../../components/lazy-result';
import { LoadError } from '../../components/load-error';
import { PageSpin } from '../../components/page-spin';
import { WhyLink } from '../../components/why-link';
import { useEntryUnit } from '../../features/intake/api/get-entry-unit';
import { RequestForm, type SubmittedRequest } from '../../features/intake/components/request-form';
import { ApiRequestError } from '../../lib/api-client';
import { FormPanel } from '../layout/form-panel';
import { PhoneLayout } from '../layout/phone-layout';

// Shown after the submission only (with its QR code and tracking card): a chunk of its own.
const SubmissionResult = lazy(async () => ({ default: (await import('../../features/intake/components/submission-result')).SubmissionResult }));

export function EntryRoute() {
  const { t } = useTranslation();
  const { entryToken = '' } = useParams();
  const unit = useEntryUnit(entryToken);
  const [result, setResult] = useState<SubmittedRequest | null>(null);
  // A new form (and a new Idempotency-Key) for "submit another".
  const [formKey, setFormKey] = useState(0);

  useEffect(() => {
    document.title = unit.data ? `${unit.data.unitName} · ${t('entry.title')}` : t('entry.title');
  }, [unit.data, t]);
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [result]);

  let body;
  if (unit.isPending) body = <PageSpin />;
  else if (unit.isError) {
    body =
      unit.error instanceof ApiRequestError && unit.error.status === 404 ? (
        <Result status="404" title={t('entry.unknownTitle')} subTitle={t('entry.unknownText')} extra={<Link to="/track">{t('entry.trackLink')}</Link>} />
      ) : (
        <LoadError error={unit.error} onRetry={() => void unit.refetch()} />
      );
  } else if (result) {
    body = (
      <Suspense fallback={<PageSpin />}>
        <SubmissionResult
          result={result}
          onAnother={() => {
            setResult(null);
            setFormKey((key) => key + 1);
          }}
        />
      </Suspense>
    );
  } else {
    body = (
      <>
        <Typography.Text type="secondary">{t('entry.to')}</Typography.Text>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {unit.data.unitName}
        </Typography.Title>
        <Alert
          type="success"
          icon={<SafetyCertificateOutlined />}
          showIcon
          message={t('entry.anonymousTitle')}
          description={t('entry.anonymousText')}
          style={{ marginBottom: 16 }}
        />
        <FormPanel>
          <RequestForm key={formKey} entryToken={entryToken} onSubmitted={setResult} />
        </FormPanel>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, textAlign: 'center' }}>
          {t('entry.already')} <Link to="/track">{t('entry.trackLink')}</Link> · <WhyLink stage="intake" />
        </Typography.Paragraph>
      </>
    );
  }
  return <PhoneLayout>{body}</PhoneLayout>;
}
