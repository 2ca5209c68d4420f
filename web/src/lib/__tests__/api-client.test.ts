import { describe, expect, it, vi } from 'vitest';

import { json, mockApi, problem } from '@/testing/mock-api';

import {
  api,
  ApiError,
  buildUrl,
  csrfToken,
  getErrorMessage,
  onUnauthorized,
  request,
  toProblem,
} from '../api-client';

describe('api-client', () => {
  it('returns the JSON body of a successful response', async () => {
    mockApi({ 'GET /api/things': { id: 1 } });
    await expect(api.get('/api/things')).resolves.toEqual({ id: 1 });
  });

  it('builds query strings, leaving out empty values', () => {
    expect(buildUrl('/api/x', { page: 0, size: 50, status: undefined, q: '', n: null })).toBe(
      '/api/x?page=0&size=50',
    );
    expect(buildUrl('/api/x')).toBe('/api/x');
  });

  it('sends objects as JSON and strings with their content type', async () => {
    const { requests } = mockApi({ 'POST /api/things': { ok: true } });
    await api.post('/api/things', { a: 1 });
    await api.post('/api/things', 'keyword\ntomatoes', { contentType: 'text/csv' });
    const [first, second] = requests('POST /api/things');
    expect(first.init?.body).toBe('{"a":1}');
    expect(first.init?.headers).toMatchObject({ 'Content-Type': 'application/json' });
    expect(second.init?.body).toBe('keyword\ntomatoes');
    expect(second.init?.headers).toMatchObject({ 'Content-Type': 'text/csv' });
  });

  it('answers undefined for an empty body', async () => {
    mockApi({ 'POST /api/empty': () => new Response(null, { status: 204 }) });
    await expect(api.post('/api/empty')).resolves.toBeUndefined();
  });

  it('throws an ApiError carrying the problem+json body', async () => {
    mockApi({
      'POST /api/articles/bulk': () =>
        problem({
          type: 'about:blank',
          title: 'Invalid CSV',
          status: 400,
          detail: '2 rows are invalid',
          instance: '/api/articles/bulk',
          errors: [
            { row: 3, field: 'keyword', message: 'must not be blank' },
            { row: null, field: 'file', message: 'too many rows' },
          ],
        }),
    });
    const error = await api.post('/api/articles/bulk', 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.title).toBe('Invalid CSV');
    expect(apiError.detail).toBe('2 rows are invalid');
    expect(apiError.message).toBe('2 rows are invalid');
    expect(apiError.problem.instance).toBe('/api/articles/bulk');
    expect(apiError.errors).toEqual([
      { row: 3, field: 'keyword', message: 'must not be blank' },
      { row: null, field: 'file', message: 'too many rows' },
    ]);
    expect(getErrorMessage(apiError)).toBe('2 rows are invalid');
  });

  it('falls back to the title when there is no detail', async () => {
    mockApi({ 'GET /api/x': () => problem({ title: 'Conflict', status: 409 }) });
    const error = (await api.get('/api/x').catch((e: unknown) => e)) as ApiError;
    expect(getErrorMessage(error)).toBe('Conflict');
    expect(error.errors).toEqual([]);
  });

  it('copes with non-problem error bodies', async () => {
    mockApi({
      'GET /api/html': () =>
        new Response('<html>Bad gateway</html>', {
          status: 502,
          statusText: 'Bad Gateway',
          headers: { 'Content-Type': 'text/html' },
        }),
      'GET /api/text': () => new Response('Service is starting', { status: 503 }),
      'GET /api/spring': () =>
        json({ error: 'Internal Server Error', message: 'boom', status: 500 }, 500),
      'GET /api/broken': () =>
        new Response('{not json', { status: 500, headers: { 'Content-Type': 'application/json' } }),
    });
    const html = (await api.get('/api/html').catch((e: unknown) => e)) as ApiError;
    expect(html.status).toBe(502);
    expect(getErrorMessage(html)).toBe('Bad Gateway');

    const text = (await api.get('/api/text').catch((e: unknown) => e)) as ApiError;
    expect(text.detail).toBe('Service is starting');
    expect(text.title).toBe('Request failed with status 503');

    const spring = (await api.get('/api/spring').catch((e: unknown) => e)) as ApiError;
    expect(spring.title).toBe('Internal Server Error');
    expect(spring.detail).toBe('boom');

    const broken = (await api.get('/api/broken').catch((e: unknown) => e)) as ApiError;
    expect(broken.status).toBe(500);
    expect(broken.detail).toBe('{not json');
  });

  it('normalises odd field errors', () => {
    const p = toProblem(400, '', { errors: [{ field: 1, message: 2 }, 'junk'] });
    expect(p.title).toBe('Request failed with status 400');
    expect(p.errors).toEqual([{ row: null, field: '', message: '2' }]);
  });

  it('turns a network failure into a readable ApiError', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const error = (await request('/api/x').catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(0);
    expect(getErrorMessage(error)).toMatch(/could not reach the bulkwriter server/i);
  });

  it('lets aborts through untouched', async () => {
    const abort = new DOMException('The operation was aborted.', 'AbortError');
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(abort)),
    );
    await expect(request('/api/x')).rejects.toBe(abort);
  });

  it('gives a message for any error', () => {
    expect(getErrorMessage(new Error('plain'))).toBe('plain');
    expect(getErrorMessage('what')).toBe('Something went wrong.');
  });

  it('echoes the XSRF-TOKEN cookie on changes only, and deletes', async () => {
    document.cookie = 'XSRF-TOKEN=a%2Fb';
    expect(csrfToken()).toBe('a/b');
    const { requests } = mockApi({
      'GET /api/things': {},
      'DELETE /api/things/1': () => new Response(null, { status: 204 }),
    });
    await api.get('/api/things');
    await api.delete('/api/things/1');
    expect(requests('GET /api/things')[0].init?.headers).not.toHaveProperty('X-XSRF-TOKEN');
    expect(requests('DELETE /api/things/1')[0].init?.headers).toMatchObject({
      'X-XSRF-TOKEN': 'a/b',
    });
  });

  it('tells listeners about 401 answers until they unsubscribe', async () => {
    mockApi({ 'GET /api/secret': () => problem({ title: 'Sign-in required', status: 401 }) });
    const listener = vi.fn();
    const stop = onUnauthorized(listener);
    await api.get('/api/secret').catch(() => undefined);
    stop();
    await api.get('/api/secret').catch(() => undefined);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith('/api/secret');
  });
});
