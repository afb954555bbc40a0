// The one navigation table: the menu, the route guards and the page titles all read it. The menu's icons live with the
// menu (layout/nav-menu.tsx), so the guards and titles every page loads carry none of them.
import type { RoleName } from '@banshishi/contracts';

/** Who may open an entry: anybody, anybody signed in, or holders of one of these roles (on any unit). */
export type Access = 'public' | 'signed-in' | readonly RoleName[];

export interface NavItem {
  key: string;
  /** Absent for a group that only holds children. */
  path?: string;
  /** i18n key of the label. */
  label: string;
  access: Access;
  /** Shown in the menu only on such a deployment (GET /api/site's federationRole). */
  deployment?: 'federation';
  children?: readonly NavItem[];
}

export const NAVIGATION: readonly NavItem[] = [
  // A cadre's day starts from what they have to get done.
  { key: 'workspace', path: '/workspace', label: 'nav.workspace', access: ['cadre'] },
  { key: 'home', path: '/', label: 'nav.home', access: 'public' },
  { key: 'request-new', path: '/requests/new', label: 'nav.requestNew', access: ['worker'] },
  { key: 'requests-mine', path: '/requests/mine', label: 'nav.requestsMine', access: ['worker'] },
  { key: 'inbox', path: '/inbox', label: 'nav.inbox', access: ['cadre', 'leader'] },
  // 代为登记: a request heard on a visit, a call (12351), a letter, at the office or a forum, recorded by a cadre.
  { key: 'in-person', path: '/in-person', label: 'nav.inPerson', access: ['cadre'] },
  { key: 'projects', path: '/projects', label: 'nav.projects', access: ['cadre', 'leader'] },
  { key: 'projects-approval', path: '/projects/approval', label: 'nav.projectsApproval', access: ['leader'] },
  // 评估问效: leaders see their whole scope, cadres their own subtree.
  { key: 'dashboard', path: '/dashboard', label: 'nav.dashboard', access: ['leader', 'cadre'] },
  // 全总汇总: on a federation only (FEDERATION_ROLE=federation).
  { key: 'federation', path: '/federation', label: 'nav.federation', access: ['leader', 'admin'], deployment: 'federation' },
  { key: 'track', path: '/track', label: 'nav.track', access: 'public' },
  { key: 'public-projects', path: '/public/projects', label: 'nav.publicProjects', access: 'public' },
  // The guiding article the whole pipeline comes from: open to everyone.
  { key: 'guide', path: '/guide', label: 'nav.guide', access: 'public' },
  { key: 'account', path: '/account', label: 'nav.account', access: 'signed-in' },
  { key: 'units', path: '/units', label: 'nav.units', access: ['cadre', 'leader', 'admin'] },
  {
    key: 'admin',
    label: 'nav.admin',

    access: ['admin'],
    children: [
      { key: 'admin-units', path: '/admin/units', label: 'nav.adminUnits', access: ['admin'] },
      { key: 'admin-categories', path: '/admin/categories', label: 'nav.categories', access: ['admin'] },
      { key: 'admin-calendar', path: '/admin/calendar', label: 'nav.calendar', access: ['admin'] },
      { key: 'admin-users', path: '/admin/users', label: 'nav.users', access: ['admin'] },
      { key: 'admin-roster', path: '/admin/roster', label: 'nav.roster', access: ['admin'] },
      { key: 'admin-evaluation', path: '/admin/evaluation', label: 'nav.adminEvaluation', access: ['admin'] },
      { key: 'admin-audit', path: '/admin/audit', label: 'nav.audit', access: ['admin'] },
    ],
  },
];

/** Every entry, groups and children alike, in menu order. */
export const NAV_ITEMS: readonly NavItem[] = NAVIGATION.flatMap((item) => [item, ...(item.children ?? [])]);

export function navItem(key: string): NavItem {
  const item = NAV_ITEMS.find((entry) => entry.key === key);
  if (!item) throw new Error(`no navigation entry "${key}"`);
  return item;
}

/** The entry a location belongs to: the longest path that is the location or a folder above it. */
export function navItemForPath(pathname: string): NavItem | undefined {
  return NAV_ITEMS.filter((item) => item.path && (item.path === pathname || (item.path !== '/' && pathname.startsWith(`${item.path}/`)))).sort(
    (a, b) => (b.path?.length ?? 0) - (a.path?.length ?? 0),
  )[0];
}
