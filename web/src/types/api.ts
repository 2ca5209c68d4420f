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
  /**
   * Outline template: the H2 headings every article uses, in order; may hold the placeholders
   * {keyword}, {Keyword} and {year}. Empty (or absent) lets the writer choose.
   */
  outline?: string[];
  /** Phrases every article must contain word for word (placeholders allowed). */
  requiredPhrases?: string[];
  /**
   * realtime: one call per article; economy: through the provider's batch API, at its batch
   * discount, results within its completion window. Absent in batches stored before it existed.
   */
  mode?: 'realtime' | 'economy';
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
  /** Cost through the provider's batch API (economy mode); null without one or without a price. */
  economyCostUsd: number | null;
  limitedBy:
    'requests-per-minute' | 'tokens-per-minute' | 'concurrency' | 'offline-delay' | 'unknown';
};

/**
 * What a batch is expected to take; the answer of /bulk/estimate and `estimate` of a submit. Only
 * /bulk/estimate answers `keywordGroups`.
 */
export type BatchEstimate = Omit<WorkEstimate, 'provider'> & {
  providers: WorkEstimate[];
} & { keywordGroups?: KeywordGroups };

/** An earlier batch of the same user that had a keyword with the same key (docs/keywords.md). */
export type EarlierKeywordUse = {
  batchId: string;
  batchName: string;
  /** The keyword as it was typed in that batch. */
  keyword: string;
  writtenAt: string;
  /** How long ago, by the server's clock: "3 weeks ago". */
  ago: string;
};

/** Keywords that would compete for one search: rows of the batch, and earlier uses. */
export type KeywordGroup = {
  /** The normalised form of its first keyword: language, then sorted stems ("en:best boot hike"). */
  key: string;
  match: 'SAME' | 'SIMILAR';
  /** 1-based rows of the submitted items. */
  rows: number[];
  keywords: string[];
  earlier: EarlierKeywordUse[];
};

/** The cannibalisation check of a batch's keywords, in the answer of /bulk/estimate. */
export type KeywordGroups = {
  keywords: number;
  similarity: number;
  groups: KeywordGroup[];
};

/** One provider batch of an economy batch (GET /api/articles/queue/{id}/economy). */
export type ProviderBatchPart = {
  id: string;
  provider: string;
  /** PREPARED, UPLOADED, SUBMITTED (at the provider), DONE or FAILED. */
  state: string;
  /** The provider's own word for it at the last poll (in_progress, completed …), if any. */
  providerStatus: string | null;
  requests: number;
  completed: number;
  failed: number;
  /** Answers stored as articles. */
  stored: number;
  expiresAt: string | null;
  lastError: string | null;
  createdAt: string;
  finishedAt: string | null;
};

/** An economy batch at its providers: "at the provider: done of requests". */
export type EconomySummary = {
  requests: number;
  done: number;
  /** The end of the completion window of the provider batches still out. */
  expectedBy: string | null;
  providerBatches: ProviderBatchPart[];
};

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
  reviewState: ReviewState;
  /** A rejection's note. */
  reviewNote: string | null;
};

/** Where a finished article's review stands (see docs/review.md). */
export type ReviewState = 'UNREVIEWED' | 'APPROVED' | 'REJECTED';

/** A reviewer's decision on an article; UNREVIEWED has no note, reviewer or time. */
export type ArticleReview = {
  state: ReviewState;
  note: string | null;
  by: string | null;
  at: string | null;
};

export type BulkActionKind = 'APPROVE' | 'REJECT' | 'REGENERATE' | 'DELETE';

/** POST /api/articles/queue/{id}/actions: the ticked articles, or all matching a filter. */
export type BulkActionRequest = {
  action: BulkActionKind;
  articleIds?: string[];
  /** `fails`: a quality check's name, or ANY (articles failing any check). */
  filter?: { status?: ArticleStatus; review?: ReviewState; search?: string; fails?: string };
  /** Required for REJECT. */
  note?: string;
  /** REGENERATE only; each omitted part keeps the article's own value. */
  changes?: { tone?: string; wordCount?: number; instructions?: string };
};

/** A bulk action and how far it is (finished at once, or running in the background). */
export type BulkAction = {
  id: string;
  batchId: string;
  action: BulkActionKind;
  status: 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  total: number;
  processed: number;
  changed: number;
  skipped: number;
  progress: number;
  error: string | null;
  requestedBy: string;
  createdAt: string;
  finishedAt: string | null;
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
  /** The length the article was asked for (its setting `wordCount`). */
  targetWords: number;
  /** The current version's number (0 before it was first written); `"${version}"` is its ETag. */
  version: number;
  usage: TokenUsage;
  provider: string;
  model: string;
  draft: boolean;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  durationMs: number | null;
  /** Required phrases of the batch the written text does not contain (empty when all are there). */
  missingPhrases?: string[];
  review: ArticleReview;
};

/**
 * Why an article has a version: the queue wrote it (again), a person saved or restored it, or
 * internal links were added.
 */
export type VersionReason = 'GENERATED' | 'REGENERATED' | 'EDITED' | 'RESTORED' | 'LINKED';

/** PUT /api/articles/{id}: the new content (with If-Match: the version it starts from). */
export type ArticleEdit = {
  title: string;
  slug: string;
  metaDescription: string | null;
  markdown: string;
};

/** One version of an article's content. */
export type ArticleVersion = {
  articleId: string;
  version: number;
  reason: VersionReason;
  /** Who saved it; null when the queue wrote it. */
  author: string | null;
  restoredFrom: number | null;
  title: string;
  slug: string;
  metaDescription: string | null;
  markdown: string;
  wordCount: number;
  createdAt: string;
};

/** A version in the history list, without its text. */
export type VersionSummary = {
  version: number;
  reason: VersionReason;
  author: string | null;
  restoredFrom: number | null;
  title: string;
  wordCount: number;
  createdAt: string;
};

/** A single-line field that differs between two versions. */
export type FieldChange = {
  field: string;
  before: string | null;
  after: string | null;
};

/** One line of the body in a diff. */
export type DiffLine = {
  kind: 'SAME' | 'ADDED' | 'REMOVED';
  text: string;
  oldLine: number | null;
  newLine: number | null;
};

/** What changed from version `from` to version `to`. */
export type VersionDiff = {
  from: number;
  to: number;
  fields: FieldChange[];
  lines: DiffLine[];
  added: number;
  removed: number;
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
  /** Only approved articles get files; the others are listed in the manifests with why. */
  approvedOnly?: boolean;
  /** Instead of articleIds: every article of the batches matching the batch page's filter. */
  filter?: ExportFilter;
};

/** The batch page's filter, for an export of "all matching" (absent parts match any). */
export type ExportFilter = {
  status?: ArticleStatus;
  review?: ReviewState;
  search?: string;
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

/** A webhook endpoint as listed (`/api/webhooks`): never its signing secret. */
export type WebhookEndpoint = {
  id: string;
  owner: string;
  url: string;
  description: string;
  /** Wire names, e.g. `batch.completed`; the choices come from GET /api/webhooks/event-types. */
  eventTypes: string[];
  enabled: boolean;
  /** Why the system disabled it after persistent failure; null otherwise. */
  disabledReason: string | null;
  disabledAt: string | null;
  failingSince: string | null;
  consecutiveFailures: number;
  createdAt: string;
  updatedAt: string;
};

/** POST /api/webhooks and PUT /api/webhooks/{id} */
export type WebhookRequest = {
  url: string;
  description: string;
  eventTypes: string[];
  enabled: boolean;
};

/** A new endpoint or a rotated secret: the only answers that carry the secret. */
export type WebhookSecret = {
  webhook: WebhookEndpoint;
  secret: string;
};

export type WebhookDeliveryStatus = 'PENDING' | 'DELIVERING' | 'SUCCEEDED' | 'FAILED';

/** One HTTP attempt of a delivery. */
export type WebhookAttempt = {
  attempt: number;
  at: string;
  /** null: no HTTP answer (refused, timed out). */
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  responseExcerpt: string | null;
};

/** One event on its way to an endpoint: the delivery log (`/api/webhooks/{id}/deliveries`). */
export type WebhookDelivery = {
  id: string;
  webhookId: string;
  eventType: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  nextAttemptAt: string;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  finishedAt: string | null;
  log: WebhookAttempt[];
};

/** A team template (`/api/templates`): named batch settings, private or shared with every user. */
export type Template = {
  id: string;
  name: string;
  owner: string;
  /** Readable and usable by every user; changed only by its owner or an admin. */
  shared: boolean;
  /** Whether the caller may change or delete it. */
  editable: boolean;
  settings: BatchSettings;
  createdAt: string;
  updatedAt: string;
};

/** The body of POST /api/templates and PUT /api/templates/{id}. */
export type TemplateInput = {
  name: string;
  shared: boolean;
  /** As a batch's settings; outline and requiredPhrases as lists of text. */
  settings: Partial<BatchSettings>;
};

/** What "Test connection" found about a WordPress site (POST /api/sites/{id}/test). */
export type ConnectionCheck = {
  ok: boolean;
  restApi: boolean;
  authenticated: boolean;
  canPublishPosts: boolean;
  canManageTerms: boolean;
  canUploadMedia: boolean;
  siteName: string | null;
  timezone: string | null;
  problems: string[];
  checkedAt: string;
};

/** A connected WordPress site: never its application password. */
/** What the Publish dialog starts from for a site. */
export type SiteDefaults = {
  status: 'draft' | 'publish' | null;
  categories: string[];
  tags: string[];
  /** WordPress user id; null: the connected user. */
  authorId: number | null;
};

export type Site = {
  id: string;
  owner: string;
  name: string;
  url: string;
  username: string;
  /** Least milliseconds between two requests to the site; null: the server's setting. */
  requestPaceMs: number | null;
  defaults: SiteDefaults | null;
  timezone: string | null;
  lastCheck: ConnectionCheck | null;
  createdAt: string;
  updatedAt: string;
};

/** Body of POST /api/sites and PUT /api/sites/{id} (leave the password out to keep it). */
export type SiteRequest = {
  name?: string;
  url: string;
  username: string;
  applicationPassword?: string;
  /** Replaced on a change: left out, the server's setting applies again. */
  requestPaceMs?: number;
  /** Replaced on a change: left out, the site has none. */
  defaults?: SiteDefaults;
};

export type SiteChoice = {
  id: number;
  name: string;
};

/** A site's categories, tags and authors to pick from. */
export type SiteChoices = {
  categories: SiteChoice[];
  tags: SiteChoice[];
  authors: SiteChoice[];
};

export type PostStatus = 'draft' | 'publish' | 'schedule';

export type PublishSchedule = {
  /** The site's local date and time, e.g. 2026-12-07T09:00 */
  start: string;
  perDay: number;
  windowStart: string;
  windowEnd: string;
};

/** Body of POST /api/publish-jobs. */
export type PublishRequest = {
  siteId: string;
  batchId?: string;
  articleIds?: string[];
  approvedOnly?: boolean;
  status: PostStatus;
  schedule?: PublishSchedule;
  categories?: string[];
  tags?: string[];
  authorId?: number;
  recreateDeleted?: boolean;
  /** With batchId, instead of articleIds: the batch's written articles matching the filter. */
  filter?: PublishFilter;
};

/** The batch page's filter, for publishing "all matching" (absent parts match any). */
export type PublishFilter = {
  status?: ArticleStatus;
  review?: ReviewState;
  search?: string;
};

export type PublishJobStatus = 'RUNNING' | 'PAUSED' | 'COMPLETED' | 'CANCELLED';

export type PublishJob = {
  id: string;
  owner: string;
  siteId: string;
  siteName: string;
  status: PublishJobStatus;
  statusReason: string | null;
  total: number;
  queued: number;
  running: number;
  published: number;
  failed: number;
  gone: number;
  cancelled: number;
  done: number;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
};

export type PublicationState = 'QUEUED' | 'RUNNING' | 'PUBLISHED' | 'FAILED' | 'GONE' | 'CANCELLED';

/** Where one article is published (GET /api/publications/batches/{batchId}). */
export type ArticlePublication = {
  articleId: string;
  siteId: string;
  siteName: string;
  jobId: string;
  state: PublicationState;
  postId: number | null;
  link: string | null;
  remoteStatus: string | null;
  scheduledAt: string | null;
  error: string | null;
  publishedAt: string | null;
  updatedAt: string;
};

/** A quality check of written articles (docs/quality.md); the API lists them in this order. */
export type QualityCheckName =
  | 'LENGTH'
  | 'KEYWORD_IN_TITLE'
  | 'KEYWORD_IN_H1'
  | 'KEYWORD_IN_INTRO'
  | 'KEYWORD_IN_META'
  | 'KEYWORD_IN_SLUG'
  | 'META_LENGTH'
  | 'TITLE_LENGTH'
  | 'HEADINGS'
  | 'READABILITY'
  | 'REPETITION'
  | 'NEAR_DUPLICATE';

/** One check and how many finished articles of the batch fail it. */
export type QualityCheckCount = {
  check: QualityCheckName;
  label: string;
  failing: number;
};

/** GET /api/articles/queue/{id}/quality: the batch's quality summary. */
export type QualitySummary = {
  batchId: string;
  checked: number;
  /** Finished articles whose checks run moments after they were written: not counted yet. */
  pending: number;
  failing: number;
  checks: QualityCheckCount[];
};

/** A check an article fails, with what is wrong. */
export type QualityFailure = {
  check: QualityCheckName;
  label: string;
  detail: string;
};

/** One check of an article: passed, or failed with what is wrong. */
export type QualityCheckResult = {
  check: QualityCheckName;
  label: string;
  passed: boolean;
  detail: string | null;
};

/** An article of the batch with nearly the same text. */
export type NearDuplicate = {
  articleId: string;
  keyword: string;
  title: string;
  similarity: number;
};

/** GET /api/articles/{articleId}/quality: one article's checks. */
export type ArticleQuality = {
  articleId: string;
  /** Written and waiting for its checks (moments, usually); `checks` are an earlier version's. */
  pending: boolean;
  /** The version that was checked; null before the article has text. */
  version: number | null;
  checkedAt: string | null;
  /** Reading ease, 0–100; null when the language has no formula. */
  readability: number | null;
  formula: string | null;
  checks: QualityCheckResult[];
  nearDuplicates: NearDuplicate[];
};

/** GET /api/articles/queue/{id}/quality/articles: an article failing at least one check. */
export type FailingArticle = {
  id: string;
  position: number;
  keyword: string;
  title: string | null;
  failures: QualityFailure[];
};

/** A batch's internal link settings (GET/PUT /api/articles/queue/{id}/links/settings). */
export type LinkSettings = {
  automatic: boolean;
  maxLinks: number;
  includeEarlier: boolean;
  siteId: string | null;
};

/** A change of a batch's link settings; fields left out keep their value. */
export type LinkSettingsRequest = Partial<LinkSettings>;

/** One article of a link graph: the batch's own, or an earlier one it links to. */
export type LinkNode = {
  id: string;
  batchId: string;
  title: string;
  slug: string | null;
  inbound: number;
  outbound: number;
  orphan: boolean;
  earlier: boolean;
};

/** One internal link: `anchor` in `source` links to `target`. */
export type LinkEdge = {
  source: string;
  target: string;
  anchor: string;
};

/** GET /api/articles/queue/{id}/links */
export type LinkGraph = {
  batchId: string;
  settings: LinkSettings;
  linkedAt: string | null;
  articles: LinkNode[];
  links: LinkEdge[];
  orphans: number;
};

/** POST /api/articles/queue/{id}/links: what a run did. */
export type LinkRun = {
  articles: number;
  linked: number;
  links: number;
  skipped: number;
  candidates: number;
  tookMs: number;
};
