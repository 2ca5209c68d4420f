import { describe, expect, it } from 'vitest';

import { ApiError } from '../api-client';
import { createQueryClient, queryConfig } from '../react-query';

describe('query client', () => {
  const retry = queryConfig.queries.retry;

  it('does not retry client errors', () => {
    expect(retry(0, new ApiError({ title: 'Not Found', status: 404 }))).toBe(false);
  });

  it('retries server and network errors twice', () => {
    const error = new ApiError({ title: 'Bad Gateway', status: 502 });
    expect(retry(0, error)).toBe(true);
    expect(retry(1, new ApiError({ title: 'Network error', status: 0 }))).toBe(true);
    expect(retry(2, error)).toBe(false);
  });

  it('creates a client with these defaults', () => {
    expect(createQueryClient().getDefaultOptions().queries?.refetchOnWindowFocus).toBe(false);
  });
});
