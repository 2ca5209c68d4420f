import { vi } from 'vitest';

import type { Problem } from '@/types/api';

/** A request as the stubbed fetch saw it. */
export type MockRequest = {
  method: string;
  url: URL;
  init?: RequestInit;
};

export type MockHandler = (request: MockRequest) => Response | Promise<Response>;

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

export function problem(problemBody: Problem): Response {
  return new Response(JSON.stringify(problemBody), {
    status: problemBody.status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

/** Routes every mock answers unless a test gives its own: a signed-in admin. */
export const defaultRoutes: Record<string, object> = {
  'GET /api/auth/me': { username: 'admin', role: 'ADMIN' },
  'GET /api/templates': [],
  'GET /api/articles/queue/deletions': [],
};

/**
 * Stubs the global fetch (the network boundary) with routes keyed "METHOD /path" (query string
 * ignored for matching; handlers see the full URL). A value that is not a function is answered
 * as JSON. Unknown routes answer a 404 problem so a missing stub shows up as an error on screen.
 */
export function mockApi(routes: Record<string, MockHandler | object>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
    const method = (init?.method ?? 'GET').toUpperCase();
    const key = `${method} ${url.pathname}`;
    const route = key in routes ? routes[key] : defaultRoutes[key];
    if (route === undefined) {
      return problem({
        title: 'Not Found',
        status: 404,
        detail: `No mock for ${method} ${url.pathname}`,
      });
    }
    return typeof route === 'function' ? route({ method, url, init }) : json(route);
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    fetchMock,
    /** Requests made so far to "METHOD /path". */
    requests(key: string): MockRequest[] {
      return fetchMock.mock.calls
        .map(([input, init]) => ({
          method: (init?.method ?? 'GET').toUpperCase(),
          url: new URL(String(input), 'http://localhost'),
          init,
        }))
        .filter((r) => `${r.method} ${r.url.pathname}` === key);
    },
  };
}
