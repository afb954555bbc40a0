import { Layout, Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { LANGUAGES, type Language } from '../../lib/i18n';

export function AppLayout() {
  const { t, i18n } = useTranslation();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, background: '#c8102e', paddingInline: 16 }}>
        <Link to="/" style={{ color: '#fff', fontSize: 20, fontWeight: 600 }}>
          {t('app.name')}
        </Link>
        <Typography.Text style={{ color: 'rgba(255,255,255,.85)', flex: 1 }} ellipsis>
          {t('app.tagline')}
        </Typography.Text>
        <Segmented<Language>
          aria-label={t('app.language')}
          size="small"
          value={i18n.language as Language}
          options={LANGUAGES.map((value) => ({ value, label: t(`language.${value}`) }))}
          onChange={(value) => void i18n.changeLanguage(value)}
        />
      </Layout.Header>
      <Layout.Content style={{ padding: 16, maxWidth: 1280, width: '100%', margin: '0 auto' }}>
        <main>
          <Outlet />
        </main>
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center' }}>{t('app.footer')}</Layout.Footer>
    </Layout>
  );
}
