import { env } from '@/config/env';
import type { Problem, ProblemFieldError } from '@/types/api';

/**
 * An error answered by the API (or met on the way to it), carrying the RFC 7807 problem body so
 * that screens can show a readable message: `detail`, else `title`.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }

  get title(): string {
    return this.problem.title;
  }

  get detail(): string | undefined {
    return this.problem.detail;
  }

  get errors(): ProblemFieldError[] {
    return this.problem.errors ?? [];
  }
}

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  params?: QueryParams;
  /** A plain object is sent as JSON; a string or Blob/FormData is sent as is. */
  body?: unknown;
  /** Content type of a string or Blob body (e.g. text/csv). */
  contentType?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
};

export function buildUrl(path: string, params?: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value !== undefined && value !== null && value !== '') search.append(key, String(value));
  }
  const query = search.toString();
  return `${env.API_URL}${path}${query ? `?${query}` : ''}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toFieldErrors(value: unknown): ProblemFieldError[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter(isRecord).map((e) => ({
    row: typeof e.row === 'number' ? e.row : null,
    field: typeof e.field === 'string' ? e.field : '',
    message: typeof e.message === 'string' ? e.message : String(e.message ?? ''),
  }));
}

/** Turns any error body into a Problem, keeping what the server said when it said something. */
export function toProblem(status: number, statusText: string, body: unknown): Problem {
  const fallbackTitle = statusText || `Request failed with status ${status}`;
  if (isRecord(body)) {
    const title =
      typeof body.title === 'string' && body.title
        ? body.title
        : typeof body.error === 'string' && body.error
          ? body.error
          : fallbackTitle;
    const detail =
      typeof body.detail === 'string' && body.detail
        ? body.detail
        : typeof body.message === 'string' && body.message
          ? body.message
          : undefined;
    return {
      type: typeof body.type === 'string' ? body.type : undefined,
      title,
      status: typeof body.status === 'number' ? body.status : status,
      detail,
      instance: typeof body.instance === 'string' ? body.instance : undefined,
      errors: toFieldErrors(body.errors),
    };
  }
  if (typeof body === 'string' && body.trim() && body.length <= 500 && !body.includes('<')) {
    return { title: fallbackTitle, status, detail: body.trim() };
  }
  return { title: fallbackTitle, status };
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

function encodeBody(options: RequestOptions): { body?: BodyInit; contentType?: string } {
  const { body, contentType } = options;
  if (body === undefined || body === null) return {};
  if (typeof body === 'string' || body instanceof Blob || body instanceof FormData) {
    return { body, contentType };
  }
  return { body: JSON.stringify(body), contentType: contentType ?? 'application/json' };
}

/** The session's CSRF token: the server sets it as the XSRF-TOKEN cookie, we echo it in a header. */
export function csrfToken(): string | undefined {
  for (const cookie of document.cookie.split(';')) {
    const [name, ...value] = cookie.trim().split('=');
    if (name === 'XSRF-TOKEN') return decodeURIComponent(value.join('='));
  }
  return undefined;
}

type UnauthorizedListener = (path: string) => void;
const unauthorizedListeners = new Set<UnauthorizedListener>();

/**
 * Called with the request path whenever the API answers 401 (signed out, session expired);
 * returns an unsubscribe.
 */
export function onUnauthorized(listener: UnauthorizedListener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { body, contentType } = encodeBody(options);
  const method = options.method ?? 'GET';
  const csrf = method === 'GET' ? undefined : csrfToken();
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    ...(contentType ? { 'Content-Type': contentType } : {}),
    ...(csrf ? { 'X-XSRF-TOKEN': csrf } : {}),
    ...options.headers,
  };

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.params), {
      method,
      headers,
      credentials: 'same-origin',
      body,
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({
      title: 'Network error',
      status: 0,
      detail: 'Could not reach the Bulkwriter server. Check that it is running and try again.',
    });
  }

  const payload = await readBody(response);
  if (!response.ok) {
    if (response.status === 401) unauthorizedListeners.forEach((listener) => listener(path));
    throw new ApiError(toProblem(response.status, response.statusText, payload));
  }
  return payload as T;
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    request<T>(path, { ...options, method: 'GET' }),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    request<T>(path, { ...options, method: 'POST', body }),
  put: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    request<T>(path, { ...options, method: 'PUT', body }),
  delete: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    request<T>(path, { ...options, method: 'DELETE' }),
};

/** A readable message for any error, for showing on screen. */
export function getErrorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.detail || error.title;
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}
