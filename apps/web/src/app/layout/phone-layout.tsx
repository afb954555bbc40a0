// The public QR entry page's frame: no staff menu, no login button, just the app's name, the language and one column.
import { Layout, Segmented, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MAIN_CONTENT, SkipLink } from '../../components/skip-link';
import { LANGUAGES, switchLanguage, type Language } from '../../lib/i18n';

export function PhoneLayout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <SkipLink />
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 8, background: '#c8102e', paddingInline: 12, height: 52, lineHeight: '52px' }}>
        <Typography.Text style={{ color: '#fff', fontSize: 18, fontWeight: 600, flex: 1 }}>{t('app.name')}</Typography.Text>
        <Segmented<Language>
          aria-label={t('app.language')}
          size="small"
          value={i18n.language as Language}
          options={LANGUAGES.map((value) => ({ value, label: t(`language.${value}`) }))}
          onChange={(value) => void switchLanguage(value)}
        />
      </Layout.Header>
      <Layout.Content {...MAIN_CONTENT} style={{ padding: 12, maxWidth: 560, width: '100%', margin: '0 auto' }}>
        {children}
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center', padding: '16px 12px' }}>{t('app.footer')}</Layout.Footer>
    </Layout>
  );
}
