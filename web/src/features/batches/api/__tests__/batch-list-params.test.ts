import { describe, expect, it } from 'vitest';

import {
  DEFAULT_LIST,
  effectiveOrder,
  isFiltered,
  parseListParams,
  toApiParams,
  toSearchParams,
} from '../batch-list-params';

describe('batch list parameters', () => {
  it('reads the defaults from an empty address and writes nothing back', () => {
    const params = parseListParams(new URLSearchParams());
    expect(params).toEqual({ ...DEFAULT_LIST, status: undefined, order: undefined });
    expect(toSearchParams(params).toString()).toBe('');
    expect(isFiltered(params)).toBe(false);
    expect(Object.values(toApiParams(params)).every((v) => v === undefined)).toBe(true);
  });

  it('keeps a search, filters, order and page through the address', () => {
    const search = new URLSearchParams(
      'q=hiking&in=keyword&status=PAUSED&from=2026-12-01&to=2026-12-03&archived=all&owner=alice&sort=name&order=desc&page=2',
    );
    const params = parseListParams(search);
    expect(params).toMatchObject({
      q: 'hiking',
      searchIn: 'keyword',
      status: 'PAUSED',
      from: '2026-12-01',
      to: '2026-12-03',
      archived: 'all',
      owner: 'alice',
      sort: 'name',
      order: 'desc',
      page: 2,
    });
    expect(parseListParams(toSearchParams(params))).toEqual(params);
    expect(isFiltered(params)).toBe(true);
  });

  it('ignores what it does not know', () => {
    const params = parseListParams(
      new URLSearchParams(
        'in=body&status=LOST&from=yesterday&archived=maybe&sort=size&order=up&page=-3',
      ),
    );
    expect(params).toEqual({ ...DEFAULT_LIST, status: undefined, order: undefined });
  });

  it('asks the API for whole local days, the last one included', () => {
    const api = toApiParams({ ...DEFAULT_LIST, from: '2026-12-01', to: '2026-12-03' });
    expect(api.createdFrom).toBe(new Date(2026, 11, 1).toISOString());
    expect(api.createdBefore).toBe(new Date(2026, 11, 4).toISOString());
  });

  it('sends where to search only with a search term', () => {
    expect(toApiParams({ ...DEFAULT_LIST, searchIn: 'name' }).searchIn).toBeUndefined();
    expect(toApiParams({ ...DEFAULT_LIST, q: ' boots ', searchIn: 'name' })).toMatchObject({
      q: 'boots',
      searchIn: 'name',
    });
  });

  it('orders newest and largest first, names and statuses from the top', () => {
    expect(effectiveOrder({ sort: 'created' })).toBe('desc');
    expect(effectiveOrder({ sort: 'articles' })).toBe('desc');
    expect(effectiveOrder({ sort: 'name' })).toBe('asc');
    expect(effectiveOrder({ sort: 'status', order: 'desc' })).toBe('desc');
  });
});
