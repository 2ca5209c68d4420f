import { lazy, Suspense, useState, type ReactNode } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';

import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { useMe } from '@/features/auth/api/auth';
import { RequireAuth } from '@/features/auth/components/require-auth';
import { SignInPage } from '@/features/auth/components/sign-in-page';

import { NotFoundRoute } from './routes/not-found';
import { RouteError } from './routes/route-error';

// Only the sign-in page is in the first script; the signed-in shell (live connection, toasts) and
// every screen load when first needed, so signing in costs little script.
const modules = {
  layout: () => import('./routes/layout'),
  batches: () => import('./routes/batches-with-export'),
  bulkForm: () => import('@/features/bulk-form/components/bulk-form-page'),
  downloads: () => import('@/features/exports/components/downloads-page'),
  sites: () => import('@/features/publishing/components/sites-page'),
  article: () => import('./routes/article-with-quality'),
  tokens: () => import('@/features/auth/components/tokens-page'),
  password: () => import('@/features/auth/components/password-page'),
  users: () => import('@/features/users/components/users-page'),
  webhooks: () => import('@/features/webhooks/components/webhooks-page'),
  templates: () => import('@/features/templates/components/templates-page'),
};

/** Loads every lazily loaded screen now (tests, so that no screen waits for its first load). */
export function preloadScreens(): Promise<unknown> {
  return Promise.all(Object.values(modules).map((load) => load()));
}

const RootLayout = lazy(() => modules.layout().then((m) => ({ default: m.RootLayout })));
const BatchesRoute = lazy(() => modules.batches().then((m) => ({ default: m.BatchesRoute })));
const BatchRoute = lazy(() => modules.batches().then((m) => ({ default: m.BatchRoute })));
const BulkFormPage = lazy(() => modules.bulkForm().then((m) => ({ default: m.BulkFormPage })));
const DownloadsPage = lazy(() => modules.downloads().then((m) => ({ default: m.DownloadsPage })));
const SitesPage = lazy(() => modules.sites().then((m) => ({ default: m.SitesPage })));
const ArticlePage = lazy(() => modules.article().then((m) => ({ default: m.ArticleRoute })));
const TokensPage = lazy(() => modules.tokens().then((m) => ({ default: m.TokensPage })));
const PasswordPage = lazy(() => modules.password().then((m) => ({ default: m.PasswordPage })));
const TemplatesPage = lazy(() => modules.templates().then((m) => ({ default: m.TemplatesPage })));
const UsersPage = lazy(() => modules.users().then((m) => ({ default: m.UsersPage })));
const WebhooksPage = lazy(() => modules.webhooks().then((m) => ({ default: m.WebhooksPage })));

function Loading({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Spinner label="Loading…" />}>{children}</Suspense>;
}

function UsersRoute() {
  const me = useMe();
  return <UsersPage me={me.data?.username} />;
}

export const routes: RouteObject[] = [
  { path: paths.signIn.path, element: <SignInPage />, errorElement: <RouteError /> },
  {
    element: (
      <RequireAuth>
        <Loading>
          <RootLayout />
        </Loading>
      </RequireAuth>
    ),
    children: [
      {
        // Errors of a screen are shown inside the shell, never as a blank page.
        errorElement: <RouteError />,
        children: [
          { path: paths.home.path, element: <BatchesRoute /> },
          { path: paths.batches.path, element: <BatchesRoute /> },
          { path: paths.newBatch.path, element: <BulkFormPage /> },
          { path: paths.batch.path, element: <BatchRoute /> },
          { path: paths.downloads.path, element: <DownloadsPage /> },
          { path: paths.sites.path, element: <SitesPage /> },
          { path: paths.article.path, element: <ArticlePage /> },
          { path: paths.tokens.path, element: <TokensPage /> },
          { path: paths.password.path, element: <PasswordPage /> },
          { path: paths.users.path, element: <UsersRoute /> },
          { path: paths.webhooks.path, element: <WebhooksPage /> },
          { path: paths.templates.path, element: <TemplatesPage /> },
          { path: '*', element: <NotFoundRoute /> },
        ].map((route) => ({ ...route, element: <Loading>{route.element}</Loading> })),
      },
    ],
  },
];

export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
