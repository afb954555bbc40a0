// The shell: header (name, language, notifications, account), the role-aware menu (side bar on wide screens, drawer on phones), the page.
import { LoginOutlined, MenuOutlined } from '@ant-design/icons';
import { Button, Flex, Grid, Layout, Segmented, Typography } from 'antd';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate, useNavigation } from 'react-router';
import { MAIN_CONTENT, SkipLink } from '../../components/skip-link';
import { useCurrentUser } from '../../features/identity/api/get-current-user';
import { LogoutButton } from '../../features/identity/components/logout-button';
import { PasswordChangeGate } from '../../features/identity/components/password-change-gate';
import { LANGUAGES, switchLanguage, type Language } from '../../lib/i18n';
import { PageNavigationContext, type GoTo } from '../../lib/page-navigation';
import { navItemForPath } from '../navigation';

// The menu, the phone's drawer and the notifications are chunks of their own: a worker's phone on /requests/new shows none
// of them until asked (the side bar's menu loads at once on a wide screen).
const NavMenu = lazy(async () => ({ default: (await import('../layout/nav-menu')).NavMenu }));
const NavDrawer = lazy(async () => ({ default: (await import('../layout/nav-drawer')).NavDrawer }));
const NotificationBell = lazy(async () => ({ default: (await import('../../features/notifications/components/notification-bell')).NotificationBell }));

const HEADER_TEXT = { color: '#fff' } as const;

export function AppLayout() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const navigation = useNavigation();
  const navigate = useNavigate();
  // Components shared with the light worker pages (lib/page-navigation) move with the router here.
  const goTo = useCallback<GoTo>((path, state) => void navigate(path, { state }), [navigate]);
  const screens = Grid.useBreakpoint();
  const narrow = screens.md === false;
  const user = useCurrentUser().data ?? null;
  const [drawerOpen, setDrawerOpen] = useState(false);
  // Mounted from the first opening on, so it can animate closed.
  const [drawerUsed, setDrawerUsed] = useState(false);
  const onLoginPage = location.pathname === '/login';

  useEffect(() => setDrawerOpen(false), [location.pathname]);

  const page = navItemForPath(location.pathname);
  useEffect(() => {
    const title = onLoginPage ? t('login.title') : page && page.key !== 'home' ? t(page.label) : null;
    document.title = title ? `${title} · ${t('app.name')}` : t('app.name');
  }, [t, page, onLoginPage]);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <SkipLink />
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: narrow ? 8 : 16, background: '#c8102e', paddingInline: narrow ? 8 : 16 }}>
        {user && narrow && (
          <Button
            type="text"
            icon={<MenuOutlined style={HEADER_TEXT} />}
            aria-label={t('nav.open')}
            aria-expanded={drawerOpen}
            onClick={() => {
              setDrawerUsed(true);
              setDrawerOpen(true);
            }}
          />
        )}
        <Link to="/" style={{ ...HEADER_TEXT, fontSize: 20, fontWeight: 600, whiteSpace: 'nowrap' }}>
          {t('app.name')}
        </Link>
        <Typography.Text style={{ color: 'rgba(255,255,255,.85)', flex: 1, minWidth: 0 }} ellipsis>
          {narrow ? null : t('app.tagline')}
        </Typography.Text>
        <Segmented<Language>
          aria-label={t('app.language')}
          size="small"
          value={i18n.language as Language}
          options={LANGUAGES.map((value) => ({ value, label: t(`language.${value}`) }))}
          onChange={(value) => void switchLanguage(value)}
        />
        {user ? (
          <Flex align="center" gap={8}>
            {!user.mustChangePassword && (
              <Suspense fallback={null}>
                <NotificationBell narrow={narrow} />
              </Suspense>
            )}
            {!narrow && (
              <Link to="/account" style={HEADER_TEXT}>
                {user.displayName}
              </Link>
            )}
            <LogoutButton compact={narrow} />
          </Flex>
        ) : (
          !onLoginPage && (
            <Link to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`}>
              <Button ghost icon={<LoginOutlined />}>
                {t('auth.login')}
              </Button>
            </Link>
          )
        )}
      </Layout.Header>
      {navigation.state === 'loading' && (
        // A lazily loaded page is on its way: a thin bar across the top (plain CSS, see global.css).
        <div className="page-loading-bar" role="progressbar" aria-label={t('common.loading')} />
      )}
      <Layout hasSider={!!user && !narrow}>
        {user && !narrow && (
          <Layout.Sider width={220} theme="light" style={{ borderInlineEnd: '1px solid rgba(5,5,5,.06)' }}>
            <Suspense fallback={null}>
              <NavMenu user={user} />
            </Suspense>
          </Layout.Sider>
        )}
        {/* antd's Layout.Content is the page's <main>. */}
        <Layout.Content {...MAIN_CONTENT} style={{ padding: narrow ? 12 : 24, maxWidth: 1280, width: '100%', margin: '0 auto' }}>
          <PasswordChangeGate user={user}>
            <PageNavigationContext.Provider value={goTo}>
              <Outlet />
            </PageNavigationContext.Provider>
          </PasswordChangeGate>
        </Layout.Content>
      </Layout>
      <Layout.Footer style={{ textAlign: 'center' }}>{t('app.footer')}</Layout.Footer>
      {user && narrow && drawerUsed && (
        <Suspense fallback={null}>
          <NavDrawer user={user} open={drawerOpen} onClose={() => setDrawerOpen(false)} />
        </Suspense>
      )}
    </Layout>
  );
}
