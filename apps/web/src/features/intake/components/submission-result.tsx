// After a submission: the code (and, when anonymous, the secret) big and copyable, shown this once — with the tracking
// link as a QR and a picture to keep on the phone — and what happens next.
import { Alert, Button, Card, Flex, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SubmittedRequest } from './request-form';
import { useFormat } from '../../../lib/use-format';
import { PageLink, useGoTo } from '../../../lib/page-navigation';
import { TrackingLinkCard } from './tracking-link-card';

const BIG = { fontSize: 22, fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontWeight: 600, wordBreak: 'break-all' } as const;

export function SubmissionResult({ result, onAnother }: { result: SubmittedRequest; onAnother: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const goTo = useGoTo();
  const { created } = result;
  const secret = created.trackingSecret;
  const copy = { tooltips: [t('intake.result.copy'), t('units.copied')] as [string, string] };
  return (
    <Result
      status="success"
      title={t('intake.result.title')}
      subTitle={t('intake.result.subtitle')}
      style={{ paddingInline: 0 }}
      extra={
        <Flex vertical gap={16} style={{ textAlign: 'start' }}>
          <Card size="small">
            <Typography.Text type="secondary">{t('intake.result.code')}</Typography.Text>
            <div>
              <Typography.Text copyable={copy} style={BIG} aria-label={t('intake.result.code')} data-testid="tracking-code">
                {created.code}
              </Typography.Text>
            </div>
            {secret && (
              <>
                <Typography.Text type="secondary">{t('intake.result.secret')}</Typography.Text>
                <div>
                  <Typography.Text copyable={copy} style={BIG} aria-label={t('intake.result.secret')} data-testid="tracking-secret">
                    {secret}
                  </Typography.Text>
                </div>
              </>
            )}
          </Card>
          {secret && <Alert type="warning" showIcon role="alert" message={t('intake.result.saveIt')} description={t('intake.result.saveItText')} />}
          {secret && (
            <Card size="small" title={t('intake.keep.title')}>
              <TrackingLinkCard code={created.code} secret={secret} />
            </Card>
          )}
          <Alert type="info" showIcon message={t('intake.result.next')} description={t('intake.result.nextText', { date: format.date(created.responseDueAt) })} />
          <Flex vertical gap={8}>
            {secret ? (
              <Button type="primary" size="large" block onClick={() => goTo('/track', { code: created.code, secret })}>
                {t('intake.result.track')}
              </Button>
            ) : (
              <PageLink to={`/requests/${created.id}`}>
                <Button type="primary" size="large" block>
                  {t('intake.result.view')}
                </Button>
              </PageLink>
            )}
            <Button size="large" block onClick={onAnother}>
              {t('intake.result.another')}
            </Button>
          </Flex>
        </Flex>
      }
    />
  );
}
