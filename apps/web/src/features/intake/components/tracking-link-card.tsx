// What a requester keeps of a request they follow without an account: the code and the secret (copy both at once), the
// tracking link with both in it (the fragment never reaches a server), as a QR to scan and a picture to save to the phone.
import { CopyOutlined, DownloadOutlined } from '@ant-design/icons';
import { App, Button, Flex, QRCode, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSite } from '../../../lib/api/get-site';
import { trackingLink } from '../../../lib/tracking-link';
import { saveBlob } from '../../../lib/qr-canvas';
import { trackingCardPng } from '../utils/tracking-card-png';

/** Copies text, with the old way for browsers without the clipboard API (plain http on an intranet). */
async function copyText(text: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
  const area = document.createElement('textarea');
  area.value = text;
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  if (!copied) throw new Error('copy refused');
}

export function TrackingLinkCard({ code, secret, qrSize = 160 }: { code: string; secret: string; qrSize?: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const site = useSite();
  const [saving, setSaving] = useState(false);
  if (!site.data) return site.isError ? <Typography.Text type="danger">{t('errors.loadFailed')}</Typography.Text> : <Spin size="small" />;
  const link = trackingLink(site.data.publicUrl, code, secret);

  const copy = async (text: string, done: string) => {
    try {
      await copyText(text);
      void message.success(done);
    } catch {
      void message.error(t('intake.keep.copyFailed'));
    }
  };
  const save = async () => {
    setSaving(true);
    try {
      const text = { title: t('intake.keep.cardTitle'), codeLabel: t('intake.result.code'), secretLabel: t('intake.result.secret'), hint: t('intake.keep.cardHint') };
      saveBlob(await trackingCardPng(link, code, secret, text), `${code}.png`);
    } catch {
      void message.error(t('intake.keep.saveFailed'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Flex vertical align="center" gap={8} data-testid="tracking-link-card">
      <div data-testid="tracking-qr" data-link={link}>
        <QRCode value={link} size={qrSize} bordered={false} type="svg" aria-label={t('intake.keep.qr')} />
      </div>
      <Typography.Text type="secondary" className="tracking-qr-hint">
        {t('intake.keep.scan')}
      </Typography.Text>
      <Flex gap={8} wrap justify="center" className="no-print">
        <Button icon={<CopyOutlined />} onClick={() => void copy(`${t('intake.result.code')} ${code}\n${t('intake.result.secret')} ${secret}`, t('intake.keep.copiedBoth'))}>
          {t('intake.keep.copyBoth')}
        </Button>
        <Button icon={<CopyOutlined />} onClick={() => void copy(link, t('intake.keep.copiedLink'))}>
          {t('intake.keep.copyLink')}
        </Button>
        <Button icon={<DownloadOutlined />} loading={saving} onClick={() => void save()}>
          {t('intake.keep.saveImage')}
        </Button>
      </Flex>
    </Flex>
  );
}
