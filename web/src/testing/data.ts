import type {
  Article,
  ArticleSummary,
  BatchDetail,
  BatchSummary,
  BulkAction,
  Counts,
  Page,
  PublishJob,
  Template,
} from '@/types/api';

export function page<T>(content: T[], overrides: Partial<Page<T>> = {}): Page<T> {
  return {
    content,
    page: 0,
    size: 50,
    totalElements: content.length,
    totalPages: content.length === 0 ? 0 : 1,
    ...overrides,
  };
}

export function makeBatch(
  overrides: Partial<Omit<BatchSummary, 'counts'>> & { counts?: Partial<Counts> } = {},
): BatchSummary {
  const { counts, ...rest } = overrides;
  return {
    id: 'b-1',
    name: 'Garden keywords',
    owner: 'admin',
    status: 'RUNNING',
    statusReason: null,
    engine: { provider: 'openai', label: 'OpenAI gpt-4o-mini', draft: false },
    settings: {
      provider: 'openai',
      model: 'gpt-4o-mini',
      language: 'English',
      tone: 'friendly',
      wordCount: 1200,
      audience: 'home gardeners',
      pointOfView: 'second person',
      includeFaq: true,
      instructions: null,
    },
    counts: {
      total: 10,
      queued: 4,
      running: 2,
      succeeded: 3,
      failed: 1,
      cancelled: 0,
      ...counts,
    },
    progress: 40,
    usage: { promptTokens: 900, completionTokens: 4800, costUsd: 0.003 },
    createdAt: '2026-11-28T10:00:00Z',
    updatedAt: '2026-11-28T10:05:00Z',
    finishedAt: null,
    archivedAt: null,
    ...rest,
  };
}

export function makeArticleSummary(overrides: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    id: 'a-1',
    position: 1,
    keyword: 'how to grow tomatoes',
    status: 'SUCCEEDED',
    attempts: 1,
    lastError: null,
    title: 'How to Grow Tomatoes',
    wordCount: 1234,
    reviewState: 'UNREVIEWED',
    reviewNote: null,
    ...overrides,
  };
}

export function makeBatchDetail(
  batch: Partial<BatchSummary> = {},
  items: ArticleSummary[] = [makeArticleSummary()],
  itemsPage: Partial<Page<ArticleSummary>> = {},
): BatchDetail {
  return { ...makeBatch(batch), items: page(items, { size: 100, ...itemsPage }) };
}

export function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    id: 'a-1',
    batchId: 'b-1',
    position: 1,
    keyword: 'how to grow tomatoes',
    status: 'SUCCEEDED',
    attempts: 1,
    lastError: null,
    title: 'How to Grow Tomatoes',
    usage: { promptTokens: 300, completionTokens: 1600, costUsd: 0.001 },
    slug: 'how-to-grow-tomatoes',
    metaDescription: 'Everything about growing tomatoes at home.',
    markdown: '# How to Grow Tomatoes\n\nStart with good soil.',
    wordCount: 1234,
    targetWords: 1200,
    version: 1,
    provider: 'openai',
    model: 'gpt-4o-mini',
    draft: false,
    createdAt: '2026-11-28T10:00:00Z',
    startedAt: '2026-11-28T10:01:00Z',
    finishedAt: '2026-11-28T10:01:42Z',
    durationMs: 42000,
    review: { state: 'UNREVIEWED', note: null, by: null, at: null },
    ...overrides,
  };
}

export function makeTemplate(overrides: Partial<Template> = {}): Template {
  return {
    id: 't-1',
    name: 'Buying guide',
    owner: 'admin',
    shared: false,
    editable: true,
    settings: {
      provider: 'offline',
      model: 'draft-1',
      language: 'en',
      tone: 'friendly',
      wordCount: 600,
      audience: 'home baristas',
      pointOfView: 'second-person',
      includeFaq: false,
      instructions: 'Mention the shop once.',
      maxCostUsd: null,
      outline: ['What {keyword} is', 'Choosing {Keyword} in {year}'],
      requiredPhrases: ['free shipping'],
    },
    createdAt: '2026-12-01T10:00:00Z',
    updatedAt: '2026-12-01T10:00:00Z',
    ...overrides,
  };
}

export function makePublishJob(overrides: Partial<PublishJob> = {}): PublishJob {
  return {
    id: 'j-1',
    owner: 'admin',
    siteId: 's-1',
    siteName: 'Coffee blog',
    status: 'RUNNING',
    statusReason: null,
    total: 2,
    queued: 2,
    running: 0,
    published: 0,
    failed: 0,
    gone: 0,
    cancelled: 0,
    done: 0,
    createdAt: '2026-12-01T10:00:00Z',
    updatedAt: '2026-12-01T10:00:00Z',
    finishedAt: null,
    ...overrides,
  };
}

/** A bulk action finished within its request (two articles changed). */
export function makeBulkAction(overrides: Partial<BulkAction> = {}): BulkAction {
  return {
    id: 'x-1',
    batchId: 'b-1',
    action: 'APPROVE',
    status: 'SUCCEEDED',
    total: 2,
    processed: 2,
    changed: 2,
    skipped: 0,
    progress: 100,
    error: null,
    requestedBy: 'admin',
    createdAt: '2026-12-03T10:00:00Z',
    finishedAt: '2026-12-03T10:00:01Z',
    ...overrides,
  };
}
