/**
 * Types of the Bulkwriter HTTP API. This is the one hand-written place for them:
 * keep it in step with the back end's DTOs.
 */

export type BatchStatus = 'RUNNING' | 'PAUSED' | 'CANCELLED' | 'COMPLETED';

export type ArticleStatus = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED';

export type Counts = {
  total: number;
  queued: number;
  running: number;
  succeeded: number;
  failed: number;
  cancelled: number;
};

export type BatchSettings = {
  provider: string;
  model: string;
  language: string;
  tone: string;
  wordCount: number;
  audience: string | null;
  pointOfView: string;
  includeFaq: boolean;
  instructions: string | null;
  /** Budget cap in USD: the batch pauses when its recorded cost reaches it; null for none. */
  maxCostUsd?: number | null;
};

/** One provider's part of an estimate (POST /api/articles/bulk/estimate). */
export type WorkEstimate = {
  provider: string;
  articles: number;
  requests: number;
  promptTokens: number;
  completionTokens: number;
  /** null when a model has no configured price. */
  costUsd: number | null;
  durationSeconds: number;
  limitedBy:
    'requests-per-minute' | 'tokens-per-minute' | 'concurrency' | 'offline-delay' | 'unknown';
};

/** What a batch is expected to take; the answer of /bulk/estimate and `estimate` of a submit. */
export type BatchEstimate = Omit<WorkEstimate, 'provider'> & { providers: WorkEstimate[] };

/** Tokens billed by the provider and their price at the configured per-model prices. */
export type TokenUsage = {
  promptTokens: number;
  completionTokens: number;
  costUsd: number;
};

export type Engine = {
  provider: string;
  label: string;
  /** True when the offline draft engine wrote (or will write) the articles, not an LLM. */
  draft: boolean;
};

export type BatchSummary = {
  id: string;
  name: string;
  /** The user who submitted it; an admin sees every user's batches. */
  owner: string;
  status: BatchStatus;
  statusReason: string | null;
  engine: Engine;
  settings: BatchSettings;
  counts: Counts;
  /** 0..100: share of articles that are done, including failed and cancelled ones. */
  progress: number;
  /** Tokens and cost of the batch's succeeded articles. */
  usage: TokenUsage;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
  /** When it was archived (hidden from the default list); null when it is not. */
  archivedAt: string | null;
  /** Only in the answer to a submit that created the batch. */
  estimate?: BatchEstimate;
};

/** A batch being deleted in the background: DELETE /api/articles/queue/{id}, GET …/deletions. */
export type BatchDeletion = {
  id: string;
  name: string;
  owner: string;
  /** Articles the batch had. */
  articles: number;
  /** Articles not yet removed. */
  remaining: number;
  since: string;
};

/** What one row of a batch changes of its settings (only what it sets). */
export type RowOverrides = { title?: string } & Partial<
  Omit<BatchSettings, 'maxCostUsd' | 'audience' | 'instructions'> & {
    audience: string;
    instructions: string;
  }
>;

/** One row of a batch as submitted: the keyword and, beside it, what it overrides. */
export type SubmissionItem = { keyword: string } & RowOverrides;

/**
 * GET /api/articles/queue/{id}/submission: the batch in the shape of POST /api/articles/bulk.
 * (springdoc gives it no named schema, so ApiTypesContractTest cannot check it: keep in step with
 * batch/internal/BatchSubmission by hand.)
 */
export type BatchSubmission = { name: string; settings: BatchSettings; items: SubmissionItem[] };

export type Page<T> = {
  content: T[];
  page: number;
  size: number;
  totalElements: number;
  totalPages: number;
};

export type ArticleSummary = {
  id: string;
  position: number;
  keyword: string;
  status: ArticleStatus;
  attempts: number;
  lastError: string | null;
  title: string | null;
  wordCount: number | null;
};

export type BatchDetail = BatchSummary & { items: Page<ArticleSummary> };

/** How far an article being written has got: one entry of an ARTICLE_PROGRESS live event. */
export type ArticleProgress = {
  id: string;
  words: number;
  targetWords: number;
};

export type Article = {
  id: string;
  batchId: string;
  position: number;
  keyword: string;
  status: ArticleStatus;
  attempts: number;
  lastError: string | null;
  title: string | null;
  slug: string | null;
  metaDescription: string | null;
  markdown: string | null;
  wordCount: number | null;
  usage: TokenUsage;
  provider: string;
  model: string;
  draft: boolean;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  durationMs: number | null;
};

export type ProblemFieldError = {
  row: number | null;
  field: string;
  message: string;
};

/** RFC 7807 problem details, as the back end answers errors (application/problem+json). */
export type Problem = {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: ProblemFieldError[];
};

export type ExportFormat = 'docx' | 'md' | 'txt' | 'html';

export type ExportLayout = 'by-format' | 'by-article';

export type ExportStatus = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';

/** Which articles an export covers: only those with a result, or all (the others in the manifests). */
export type ExportInclude = 'finished' | 'all';

/** POST /api/exports */
export type ExportRequest = {
  batchIds: string[];
  /** A chosen set of articles; omit for every finished article of the batches. */
  articleIds?: string[];
  formats: ExportFormat[];
  layout: ExportLayout;
  /** Default 'finished'. */
  include?: ExportInclude;
};

/** An export job as listed in the history (GET /api/exports) and answered by POST. */
export type ExportJob = {
  id: string;
  owner: string;
  status: ExportStatus;
  /** 0..100 */
  progress: number;
  articles: number;
  processed: number;
  formats: ExportFormat[];
  layout: ExportLayout;
  scope: {
    batches: { id: string; name: string }[];
    chosenArticles: boolean;
    include: ExportInclude;
  };
  fileName: string;
  sizeBytes: number | null;
  sha256: string | null;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  expiresAt: string;
  /** Set once the export has succeeded. */
  downloadUrl: string | null;
};

/**
 * A provider that can write articles: GET /api/providers. That endpoint comes with the LLM
 * providers; a server without it (404) offers the offline draft engine only.
 */
export type Provider = {
  name: string;
  label: string;
  /** True for the offline draft engine (placeholder drafts, not LLM output). */
  draft: boolean;
  /** Models that can be chosen; the first is the default. */
  models: string[];
};

/** The signed-in user (`GET /api/auth/me`). */
export type Me = {
  username: string;
  role: Role;
};

export type Role = 'ADMIN' | 'USER';

/** A personal API token as listed: never the token itself. */
export type ApiTokenInfo = {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
};

/** An account as the admin sees it (`/api/users`). */
export type User = {
  username: string;
  role: Role;
  enabled: boolean;
  createdAt: string;
  updatedAt: string;
};
