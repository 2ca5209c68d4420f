import { useState } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';

import { paths } from '@/config/paths';
import { ArticlePage } from '@/features/articles/components/article-page';
import { PasswordPage } from '@/features/auth/components/password-page';
import { RequireAuth } from '@/features/auth/components/require-auth';
import { SignInPage } from '@/features/auth/components/sign-in-page';
import { TokensPage } from '@/features/auth/components/tokens-page';
import { BulkFormPage } from '@/features/bulk-form/components/bulk-form-page';
import { DownloadsPage } from '@/features/exports/components/downloads-page';
import { UsersPage } from '@/features/users/components/users-page';

import { BatchesRoute, BatchRoute } from './routes/batches-with-export';

import { RootLayout } from './routes/layout';
import { NotFoundRoute } from './routes/not-found';
import { RouteError } from './routes/route-error';

export const routes: RouteObject[] = [
  { path: paths.signIn.path, element: <SignInPage />, errorElement: <RouteError /> },
  {
    element: (
      <RequireAuth>
        <RootLayout />
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
          { path: paths.article.path, element: <ArticlePage /> },
          { path: paths.tokens.path, element: <TokensPage /> },
          { path: paths.password.path, element: <PasswordPage /> },
          { path: paths.users.path, element: <UsersPage /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];

export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
