// The role-aware menu, built from the navigation table: inline in the side bar, or inside the phone drawer.
import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  ClusterOutlined,
  DashboardOutlined,
  EditOutlined,
  FileSearchOutlined,
  FundOutlined,
  GlobalOutlined,
  HomeOutlined,
  InboxOutlined,
  NotificationOutlined,
  PhoneOutlined,
  ProfileOutlined,
  ProjectOutlined,
  ReadOutlined,
  SettingOutlined,
  TagsOutlined,
  TeamOutlined,
  UploadOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { CurrentUser } from '@banshishi/contracts';
import { Menu, type MenuProps } from 'antd';
import { createElement, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useSite } from '../../lib/api/get-site';
import { canAccess } from '../can-access';
import { NAVIGATION, navItemForPath, type NavItem } from '../navigation';

type MenuItem = Required<MenuProps>['items'][number];

/** Each entry's icon, by its key in the navigation table. */
const ICONS: Record<string, ComponentType<{ 'aria-hidden'?: boolean }>> = {
  workspace: DashboardOutlined,
  home: HomeOutlined,
  'request-new': EditOutlined,
  'requests-mine': ProfileOutlined,
  inbox: InboxOutlined,
  'in-person': PhoneOutlined,
  projects: ProjectOutlined,
  'projects-approval': CheckSquareOutlined,
  dashboard: BarChartOutlined,
  federation: GlobalOutlined,
  track: FileSearchOutlined,
  'public-projects': NotificationOutlined,
  guide: ReadOutlined,
  account: UserOutlined,
  units: ApartmentOutlined,
  'admin-units': ClusterOutlined,
  'admin-categories': TagsOutlined,
  'admin-calendar': CalendarOutlined,
  'admin-users': TeamOutlined,
  'admin-roster': UploadOutlined,
  'admin-evaluation': FundOutlined,
  'admin-audit': AuditOutlined,
  admin: SettingOutlined,
};

export function NavMenu({ user, onNavigate }: { user: CurrentUser; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const deployment = useSite().data?.federationRole;
  const current = navItemForPath(pathname);
  const parent = NAVIGATION.find((item) => item.children?.some((child) => child.key === current?.key));

  const toItem = (item: NavItem): MenuItem | null => {
    if (!canAccess(user, item.access) || (item.deployment && item.deployment !== deployment)) return null;
    // Decorative: the label names the entry, so screen readers should not read "home 首页".
    const icon = createElement(ICONS[item.key], { 'aria-hidden': true });
    if (item.children) {
      return { key: item.key, icon, label: t(item.label), children: item.children.map(toItem).filter((child) => child !== null) };
    }
    return {
      key: item.key,
      icon,
      label: (
        <Link to={item.path ?? '/'} onClick={onNavigate}>
          {t(item.label)}
        </Link>
      ),
    };
  };

  return (
    <nav aria-label={t('nav.label')}>
      <Menu
        mode="inline"
        aria-label={t('nav.label')}
        items={NAVIGATION.map(toItem).filter((item) => item !== null)}
        selectedKeys={current ? [current.key] : []}
        defaultOpenKeys={parent ? [parent.key] : []}
        style={{ borderInlineEnd: 'none' }}
      />
    </nav>
  );
}
