// 诉求回执: the slip a cadre prints (or reads out) for a request taken in person — code, secret and the QR of the
// tracking link, where and when it was heard, when to expect an answer, and how to follow it. Shown and printed once:
// the secret is stored only as a keyed hash.
import { PrinterOutlined } from '@ant-design/icons';
import type { CreatedRequest } from '@banshishi/contracts';
import type { InPersonChannel } from '@banshishi/workflow';
import { Button, Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSite } from '../../../lib/api/get-site';
import { useFormat } from '../../../lib/use-format';
import { TrackingLinkCard } from './tracking-link-card';
import './tracking-slip.css';

export interface TrackingSlipProps {
  created: CreatedRequest & { trackingSecret: string };
  unitName: string;
  channel: InPersonChannel;
  heardOn: string;
  requesterName: string | null;
  takenBy: string;
}

export function TrackingSlip({ created, unitName, channel, heardOn, requesterName, takenBy }: TrackingSlipProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const site = useSite();
  return (
    <div className="tracking-slip" data-testid="tracking-slip" aria-label={t('inPerson.slip.title')}>
      <Flex justify="space-between" align="baseline" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('inPerson.slip.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{unitName}</Typography.Text>
      </Flex>
      <Flex gap={24} wrap align="center" style={{ marginTop: 16 }}>
        <Flex vertical gap={4} style={{ flex: '1 1 240px' }}>
          <Typography.Text type="secondary">{t('intake.result.code')}</Typography.Text>
          <span className="tracking-slip-code" data-testid="slip-code">
            {created.code}
          </span>
          <Typography.Text type="secondary" style={{ marginTop: 8 }}>
            {t('intake.result.secret')}
          </Typography.Text>
          <span className="tracking-slip-secret" data-testid="slip-secret">
            {created.trackingSecret}
          </span>
        </Flex>
        <TrackingLinkCard code={created.code} secret={created.trackingSecret} qrSize={140} />
      </Flex>
      <Descriptions size="small" column={1} style={{ marginTop: 16 }}>
        {requesterName && <Descriptions.Item label={t('inPerson.slip.requester')}>{requesterName}</Descriptions.Item>}
        <Descriptions.Item label={t('inPerson.slip.channel')}>{t(`inPerson.channel.${channel}`)}</Descriptions.Item>
        <Descriptions.Item label={t('inPerson.slip.heardOn')}>{format.date(`${heardOn}T12:00:00+08:00`)}</Descriptions.Item>
        <Descriptions.Item label={t('inPerson.slip.responseDue')}>{format.date(created.responseDueAt)}</Descriptions.Item>
        <Descriptions.Item label={t('inPerson.slip.takenBy')}>{takenBy}</Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph style={{ marginTop: 12, marginBottom: 4 }}>{t('inPerson.slip.howToTrack', { address: `${site.data?.publicUrl ?? ''}/track` })}</Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0, fontSize: 12 }}>
        {t('inPerson.slip.keepIt')}
      </Typography.Paragraph>
      <Button type="primary" icon={<PrinterOutlined />} className="no-print" style={{ marginTop: 16 }} onClick={() => window.print()}>
        {t('inPerson.slip.print')}
      </Button>
    </div>
  );
}
