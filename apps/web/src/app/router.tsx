// Every page, guarded by the access of its entry in the navigation table. Every page is a chunk of its own, loaded when
// it is visited: a worker's phone on the QR entry page downloads the form, not the inbox, the dashboard or the admin.
import { lazy, Suspense, type ComponentType } from 'react';
import { createBrowserRouter, RouterProvider, useParams, type RouteObject } from 'react-router';
import { PageSpin } from '../components/page-spin';
import { navItem } from './navigation';
import { RequireAccess } from './require-access';
import { AppLayout } from './routes/app-layout';

type Page = { load: () => Promise<ComponentType> };

const LazyRouteError = lazy(async () => ({ default: (await import('./routes/route-error')).RouteError }));
function RouteError() {
  return (
    <Suspense fallback={null}>
      <LazyRouteError />
    </Suspense>
  );
}

function guarded(key: string, page: Page): RouteObject {
  const { path, access } = navItem(key);
  const child: RouteObject = { index: true, lazy: async () => ({ Component: await page.load() }) };
  // A public page needs no guard: the guard sends signed-out visitors to the login page.
  return { path, element: access === 'public' ? undefined : <RequireAccess access={access} />, children: [child] };
}

const router = createBrowserRouter([
  // The QR entry page: a phone page of its own, outside the staff shell.
  // (A page load of /s/… never gets here: main.tsx serves it with the light shell. This is for a move inside the app.)
  {
    path: '/s/:entryToken',
    lazy: async () => {
      const [{ EntryRoute }, { LightLayout }] = await Promise.all([import('./routes/entry'), import('./light/light-layout')]);
      return {
        Component: function EntryPage() {
          const { entryToken = '' } = useParams();
          return (
            <LightLayout>
              <EntryRoute entryToken={entryToken} />
            </LightLayout>
          );
        },
      };
    },
    hydrateFallbackElement: <PageSpin />,
    errorElement: <RouteError />,
  },
  {
    path: '/',
    element: <AppLayout />,
    hydrateFallbackElement: <PageSpin />,
    errorElement: <RouteError />,
    children: [
      { index: true, lazy: async () => ({ Component: (await import('./routes/home')).HomeRoute }) },
      { path: 'login', lazy: async () => ({ Component: (await import('./routes/login')).LoginRoute }) },
      guarded('account', { load: async () => (await import('./routes/account')).AccountRoute }),
      {
        // The person's own password change (and, while one is required, the only page there is).
        path: 'account/password',
        element: <RequireAccess access="signed-in" />,
        children: [{ index: true, lazy: async () => ({ Component: (await import('./routes/account-password')).AccountPasswordRoute }) }],
      },
      guarded('track', { load: async () => (await import('./routes/track')).TrackRoute }),
      guarded('request-new', { load: async () => (await import('./routes/requests/new')).NewRequestRoute }),
      guarded('requests-mine', { load: async () => (await import('./routes/requests/mine')).MyRequestsRoute }),
      {
        // The requester's own request (the server answers 404 for anyone else's).
        path: 'requests/:id',
        element: <RequireAccess access="signed-in" />,
        children: [{ index: true, lazy: async () => ({ Component: (await import('./routes/requests/detail')).RequestDetailRoute }) }],
      },
      guarded('public-projects', { load: async () => (await import('./routes/public-projects/list')).PublicProjectsRoute }),
      { path: 'public/projects/:code', lazy: async () => ({ Component: (await import('./routes/public-projects/detail')).PublicProjectRoute }) },
      guarded('guide', { load: async () => (await import('./routes/guide')).GuideRoute }),
      guarded('workspace', { load: async () => (await import('./routes/workspace')).WorkspaceRoute }),
      guarded('inbox', { load: async () => (await import('./routes/inbox/inbox')).InboxRoute }),
      guarded('in-person', { load: async () => (await import('./routes/in-person')).InPersonRoute }),
      {
        // Staff pages below a menu entry take that entry's access (the server still scopes every read).
        path: 'inbox/:id',
        element: <RequireAccess access={navItem('inbox').access} />,
        children: [{ index: true, lazy: async () => ({ Component: (await import('./routes/inbox/request')).InboxRequestRoute }) }],
      },
      guarded('projects', { load: async () => (await import('./routes/projects/list')).ProjectsRoute }),
      guarded('projects-approval', { load: async () => (await import('./routes/projects/list')).ProjectApprovalRoute }),
      {
        path: 'projects/new',
        element: <RequireAccess access={['cadre']} />,
        children: [{ index: true, lazy: async () => ({ Component: (await import('./routes/projects/new')).NewProjectRoute }) }],
      },
      {
        path: 'projects/:id',
        element: <RequireAccess access={navItem('projects').access} />,
        children: [{ index: true, lazy: async () => ({ Component: (await import('./routes/projects/detail')).ProjectDetailRoute }) }],
      },
      guarded('dashboard', { load: async () => (await import('./routes/dashboard/dashboard')).DashboardRoute }),
      {
        // The requests behind a figure, and the printable monthly report: the dashboard's own access.
        path: 'dashboard/requests',
        element: <RequireAccess access={navItem('dashboard').access} />,
        children: [{ index: true, lazy: async () => ({ Component: (await import('./routes/dashboard/figure-requests')).FigureRequestsRoute }) }],
      },
      {
        path: 'dashboard/report',
        element: <RequireAccess access={navItem('dashboard').access} />,
        children: [{ index: true, lazy: async () => ({ Component: (await import('./routes/dashboard/report')).ReportRoute }) }],
      },
      {
        // 全总汇总: a federation's figures over its regions (FEDERATION_ROLE=federation; not in the menu of a region).
        path: 'federation',
        element: <RequireAccess access={navItem('federation').access} />,
        children: [{ index: true, lazy: async () => ({ Component: (await import('../features/evaluation/federation/federation-route')).FederationRoute }) }],
      },
      guarded('units', { load: async () => (await import('./routes/units')).UnitsRoute }),
      guarded('admin-units', { load: async () => (await import('./routes/admin/units')).AdminUnitsRoute }),
      guarded('admin-categories', { load: async () => (await import('./routes/admin/categories')).CategoriesRoute }),
      guarded('admin-calendar', { load: async () => (await import('./routes/admin/calendar')).CalendarRoute }),
      guarded('admin-users', { load: async () => (await import('./routes/admin/users')).UsersRoute }),
      guarded('admin-roster', { load: async () => (await import('./routes/admin/roster')).RosterRoute }),
      guarded('admin-evaluation', { load: async () => (await import('./routes/admin/evaluation')).EvaluationSettingsRoute }),
      guarded('admin-audit', { load: async () => (await import('./routes/admin/audit')).AuditRoute }),
      { path: '*', lazy: async () => ({ Component: (await import('./routes/not-found')).NotFoundRoute }) },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
