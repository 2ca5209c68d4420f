/** Client-side routes, in one place so that features can link to one another without imports. */
export const paths = {
  home: { path: '/', getHref: () => '/' },
  signIn: {
    path: '/sign-in',
    getHref: (next?: string) =>
      next && next !== '/' ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in',
  },
  tokens: { path: '/tokens', getHref: () => '/tokens' },
  password: { path: '/password', getHref: () => '/password' },
  users: { path: '/users', getHref: () => '/users' },
  batches: { path: '/batches', getHref: () => '/batches' },
  newBatch: {
    path: '/batches/new',
    /** With `from`, the form starts as a copy of that batch (Duplicate as new batch). */
    getHref: (from?: string) =>
      from ? `/batches/new?from=${encodeURIComponent(from)}` : '/batches/new',
  },
  batch: {
    path: '/batches/:batchId',
    getHref: (batchId: string) => `/batches/${encodeURIComponent(batchId)}`,
  },
  downloads: { path: '/downloads', getHref: () => '/downloads' },
  webhooks: { path: '/webhooks', getHref: () => '/webhooks' },
  templates: { path: '/templates', getHref: () => '/templates' },
  sites: { path: '/sites', getHref: () => '/sites' },
  article: {
    path: '/articles/:articleId',
    getHref: (articleId: string) => `/articles/${encodeURIComponent(articleId)}`,
  },
} as const;
