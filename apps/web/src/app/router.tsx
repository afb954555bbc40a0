// Every page, guarded by the access of its entry in the navigation table. Pages beyond the first screen load lazily.
import type { ComponentType, ReactNode } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { PageSpin } from '../components/page-spin';
import { navItem } from './navigation';
import { RequireAccess } from './require-access';
import { AccountRoute } from './routes/account';
import { AppLayout } from './routes/app-layout';
import { HomeRoute } from './routes/home';
import { LoginRoute } from './routes/login';
import { NotFoundRoute } from './routes/not-found';
import { RouteError } from './routes/route-error';

type Page = { element: ReactNode } | { load: () => Promise<ComponentType> };

function guarded(key: string, page: Page): RouteObject {
  const { path, access } = navItem(key);
  const child: RouteObject =
    'element' in page ? { index: true, element: page.element } : { index: true, lazy: async () => ({ Component: await page.load() }) };
  return { path, element: <RequireAccess access={access} />, children: [child] };
}

const router = createBrowserRouter([
  {
    path: '/',
    element: <AppLayout />,
    hydrateFallbackElement: <PageSpin />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomeRoute /> },
      { path: 'login', element: <LoginRoute /> },
      guarded('account', { element: <AccountRoute /> }),
      guarded('units', { load: async () => (await import('./routes/units')).UnitsRoute }),
      guarded('admin-units', { load: async () => (await import('./routes/admin/units')).AdminUnitsRoute }),
      guarded('admin-categories', { load: async () => (await import('./routes/admin/categories')).CategoriesRoute }),
      guarded('admin-calendar', { load: async () => (await import('./routes/admin/calendar')).CalendarRoute }),
      guarded('admin-users', { load: async () => (await import('./routes/admin/users')).UsersRoute }),
      guarded('admin-audit', { load: async () => (await import('./routes/admin/audit')).AuditRoute }),
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
