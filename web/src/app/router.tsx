import { useState } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';

import { paths } from '@/config/paths';
import { ArticlePage } from '@/features/articles/components/article-page';
import { BatchPage } from '@/features/batches/components/batch-page';
import { BatchesPage } from '@/features/batches/components/batches-page';
import { BulkFormPage } from '@/features/bulk-form/components/bulk-form-page';

import { RootLayout } from './routes/layout';
import { NotFoundRoute } from './routes/not-found';
import { RouteError } from './routes/route-error';

export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    children: [
      {
        // Errors of a screen are shown inside the shell, never as a blank page.
        errorElement: <RouteError />,
        children: [
          { path: paths.home.path, element: <BatchesPage /> },
          { path: paths.batches.path, element: <BatchesPage /> },
          { path: paths.newBatch.path, element: <BulkFormPage /> },
          { path: paths.batch.path, element: <BatchPage /> },
          { path: paths.article.path, element: <ArticlePage /> },
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
