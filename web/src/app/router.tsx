import { useState } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';

import { paths } from '@/config/paths';
import { ArticlePage } from '@/features/articles/components/article-page';
import { RequireAuth } from '@/features/auth/components/require-auth';
import { SignInPage } from '@/features/auth/components/sign-in-page';
import { TokensPage } from '@/features/auth/components/tokens-page';
import { BatchPage } from '@/features/batches/components/batch-page';
import { BatchesPage } from '@/features/batches/components/batches-page';
import { UsersPage } from '@/features/users/components/users-page';

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
          { path: paths.home.path, element: <BatchesPage /> },
          { path: paths.batches.path, element: <BatchesPage /> },
          { path: paths.batch.path, element: <BatchPage /> },
          { path: paths.article.path, element: <ArticlePage /> },
          { path: paths.tokens.path, element: <TokensPage /> },
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
