// A unit's QR entry on the public address (PUBLIC_URL): the path to copy, the QR code and its printable poster (PNG, SVG), and (for cadres and admins) a new key when the old one leaked.
import { DownloadOutlined, QrcodeOutlined, SyncOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Popover, QRCode, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSite } from '../../../lib/api/get-site';
import { apiErrorText } from '../../../lib/api-error-text';
import { useRotateEntryToken } from '../api/rotate-entry-token';
import { entryPath } from '../utils/entry-url';
import { saveBlob } from '../../../lib/qr-canvas';
import { posterFileName, posterPng, posterSvg } from '../utils/qr-poster';

function PosterButtons({ url, unitName }: { url: string; unitName: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'png' | 'svg' | null>(null);
  const text = { unitName, callToAction: t('units.posterCta'), footer: `${t('app.name')} · ${t('app.tagline')}` };
  const download = async (kind: 'png' | 'svg') => {
    setBusy(kind);
    try {
      const blob = kind === 'svg' ? new Blob([await posterSvg(url, text)], { type: 'image/svg+xml' }) : await posterPng(url, text);
      saveBlob(blob, posterFileName(unitName, kind));
    } catch {
      void message.error(t('units.posterFailed'));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Flex gap={8} justify="center">
      <Button size="small" icon={<DownloadOutlined />} loading={busy === 'png'} onClick={() => void download('png')} aria-label={t('units.posterPngLabel', { unit: unitName })}>
        {t('units.posterPng')}
      </Button>
      <Button size="small" icon={<DownloadOutlined />} loading={busy === 'svg'} onClick={() => void download('svg')} aria-label={t('units.posterSvgLabel', { unit: unitName })}>
        {t('units.posterSvg')}
      </Button>
    </Flex>
  );
}

export function EntryPoint({ unitId, unitName, entryToken, canRotate }: { unitId: string; unitName: string; entryToken: string; canRotate: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rotate = useRotateEntryToken();
  const site = useSite();
  const path = entryPath(entryToken);
  // The public address (PUBLIC_URL), not this browser's: a poster printed from an office PC on the intranet must work on a worker's phone.
  if (!site.data) return site.isError ? <Typography.Text type="danger">{t('errors.loadFailed')}</Typography.Text> : <Spin size="small" />;
  const url = `${site.data.publicUrl}${path}`;
  return (
    <Space wrap size={4}>
      <Typography.Text code copyable={{ text: url, tooltips: [t('units.copyLink'), t('units.copied')] }} style={{ wordBreak: 'break-all' }}>
        {path}
      </Typography.Text>
      <Popover
        trigger="click"
        title={t('units.qrTitle', { unit: unitName })}
        content={
          <Flex vertical gap={8} align="center">
            <QRCode value={url} size={200} bordered={false} />
            <PosterButtons url={url} unitName={unitName} />
          </Flex>
        }
      >
        <Button size="small" icon={<QrcodeOutlined />}>
          {t('units.qr')}
        </Button>
      </Popover>
      {canRotate && (
        <Popconfirm
          title={t('units.rotateConfirmTitle')}
          description={t('units.rotateConfirmText')}
          okText={t('units.rotate')}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            rotate.mutateAsync(unitId).then(
              () => void message.success(t('units.rotated')),
              (error: unknown) => void message.error(apiErrorText(t, error).title),
            )
          }
        >
          <Button size="small" icon={<SyncOutlined />} loading={rotate.isPending}>
            {t('units.rotate')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
