// A unit's QR entry: the path to copy, the QR code to print, and (for cadres and admins) a new key when the old one leaked.
import { QrcodeOutlined, SyncOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Popover, QRCode, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../../lib/api-error-text';
import { useRotateEntryToken } from '../api/rotate-entry-token';
import { entryPath } from '../utils/entry-url';

export function EntryPoint({ unitId, unitName, entryToken, canRotate }: { unitId: string; unitName: string; entryToken: string; canRotate: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rotate = useRotateEntryToken();
  const path = entryPath(entryToken);
  const url = `${window.location.origin}${path}`;
  return (
    <Space wrap size={4}>
      <Typography.Text code copyable={{ text: url, tooltips: [t('units.copyLink'), t('units.copied')] }} style={{ wordBreak: 'break-all' }}>
        {path}
      </Typography.Text>
      <Popover
        trigger="click"
        title={t('units.qrTitle', { unit: unitName })}
        content={<QRCode value={url} size={200} bordered={false} />}
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
