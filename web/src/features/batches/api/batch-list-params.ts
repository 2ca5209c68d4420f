import type { QueryParams } from '@/lib/api-client';
import type { BatchStatus } from '@/types/api';

export type SearchIn = 'all' | 'name' | 'keyword';
export type ArchivedFilter = 'false' | 'true' | 'all';
export type BatchSort = 'created' | 'name' | 'status' | 'articles';
export type SortOrder = 'asc' | 'desc';

/**
 * The batches list as the URL holds it (so a reload or a shared link keeps it): a search, filters,
 * an order and a page. Dates are the user's local calendar days, `to` inclusive.
 */
export type BatchListParams = {
  page: number;
  q: string;
  searchIn: SearchIn;
  status?: BatchStatus;
  from: string;
  to: string;
  archived: ArchivedFilter;
  owner: string;
  sort: BatchSort;
  order?: SortOrder;
};

export const BATCH_STATUSES: readonly BatchStatus[] = [
  'RUNNING',
  'PAUSED',
  'COMPLETED',
  'CANCELLED',
];
const SEARCH_IN: readonly SearchIn[] = ['all', 'name', 'keyword'];
const ARCHIVED: readonly ArchivedFilter[] = ['false', 'true', 'all'];
const SORTS: readonly BatchSort[] = ['created', 'name', 'status', 'articles'];
const ORDERS: readonly SortOrder[] = ['asc', 'desc'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The API refuses pages outside 0 to 2^31 - 1 with 400; a hand-edited URL falls back to 0. */
const MAX_PAGE = 2_147_483_647;

export const DEFAULT_LIST: BatchListParams = {
  page: 0,
  q: '',
  searchIn: 'all',
  status: undefined,
  from: '',
  to: '',
  archived: 'false',
  owner: '',
  sort: 'created',
  order: undefined,
};

function oneOf<T extends string>(choices: readonly T[], value: string | null): T | undefined {
  return choices.find((choice) => choice === value);
}

/** Reads the list's state from the URL; anything unknown falls back to the default. */
export function parseListParams(search: URLSearchParams): BatchListParams {
  const page = Number(search.get('page'));
  const date = (key: string) => {
    const value = search.get(key) ?? '';
    return DATE.test(value) ? value : '';
  };
  return {
    page: Number.isInteger(page) && page > 0 && page <= MAX_PAGE ? page : 0,
    q: (search.get('q') ?? '').slice(0, 200),
    searchIn: oneOf(SEARCH_IN, search.get('in')) ?? 'all',
    status: oneOf(BATCH_STATUSES, search.get('status')),
    from: date('from'),
    to: date('to'),
    archived: oneOf(ARCHIVED, search.get('archived')) ?? 'false',
    owner: (search.get('owner') ?? '').slice(0, 100),
    sort: oneOf(SORTS, search.get('sort')) ?? 'created',
    order: oneOf(ORDERS, search.get('order')),
  };
}

/** The URL's query for a list state: only what differs from the default. */
export function toSearchParams(params: BatchListParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.q.trim()) search.set('q', params.q.trim());
  if (params.searchIn !== 'all') search.set('in', params.searchIn);
  if (params.status) search.set('status', params.status);
  if (params.from) search.set('from', params.from);
  if (params.to) search.set('to', params.to);
  if (params.archived !== 'false') search.set('archived', params.archived);
  if (params.owner.trim()) search.set('owner', params.owner.trim());
  if (params.sort !== 'created') search.set('sort', params.sort);
  if (params.order) search.set('order', params.order);
  if (params.page > 0) search.set('page', String(params.page));
  return search;
}

/** Local midnight of a yyyy-mm-dd day, `days` later, as an ISO instant. */
function localMidnight(day: string, days = 0): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date + days).toISOString();
}

/** The order a list is in: the given one, else the sort's natural one (newest, most first). */
export function effectiveOrder(params: Pick<BatchListParams, 'sort' | 'order'>): SortOrder {
  return params.order ?? (params.sort === 'created' || params.sort === 'articles' ? 'desc' : 'asc');
}

/** The query of GET /api/articles/queue for a list state (defaults left out). */
export function toApiParams(params: BatchListParams): QueryParams {
  return {
    q: params.q.trim() || undefined,
    searchIn: params.q.trim() && params.searchIn !== 'all' ? params.searchIn : undefined,
    status: params.status,
    createdFrom: params.from ? localMidnight(params.from) : undefined,
    createdBefore: params.to ? localMidnight(params.to, 1) : undefined,
    archived: params.archived === 'false' ? undefined : params.archived,
    owner: params.owner.trim() || undefined,
    sort: params.sort === 'created' ? undefined : params.sort,
    order: params.order,
  };
}

/** Whether anything narrows the list (then an empty list means "no match", not "no batches"). */
export function isFiltered(params: BatchListParams): boolean {
  return (
    params.q.trim() !== '' ||
    params.status !== undefined ||
    params.from !== '' ||
    params.to !== '' ||
    params.archived !== 'false' ||
    params.owner.trim() !== ''
  );
}
