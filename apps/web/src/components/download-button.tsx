// A button that downloads a generated file (an Excel export): it spins and says so while the server builds the file,
// and a failure shows the server's reason instead of a broken download.
import { App, Button } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../lib/api-error-text';
import { downloadFile } from '../lib/download-file';

export function DownloadButton({ url, icon, children }: { url: string; icon?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      await downloadFile(url);
    } catch (error) {
      const { title, detail } = apiErrorText(t, error);
      void message.error(t('download.failed', { reason: detail ?? title }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={icon} loading={busy} aria-busy={busy} onClick={() => void download()}>
      {busy ? t('download.preparing') : children}
    </Button>
  );
}
