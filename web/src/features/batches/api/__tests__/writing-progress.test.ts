import { describe, expect, it } from 'vitest';

import type { LiveEvent } from '@/lib/live/events';

import { applyToWriting, NO_WRITING } from '../writing-progress';

const at = '2026-11-28T12:00:00Z';

const progress = (seq: number, ...articles: [string, number][]): LiveEvent => ({
  batchId: 'b-1',
  seq,
  kind: 'ARTICLE_PROGRESS',
  at,
  articles: articles.map(([id, words]) => ({ id, words, targetWords: 1200 })),
});

const articleUpdated = (seq: number, id: string, status: 'RUNNING' | 'SUCCEEDED'): LiveEvent => ({
  batchId: 'b-1',
  seq,
  kind: 'ARTICLE_UPDATED',
  at,
  article: { id, status, attempts: 1, error: null, title: null, wordCount: null },
});

const batchUpdated = (status: 'RUNNING' | 'PAUSED' | 'CANCELLED'): LiveEvent => ({
  batchId: 'b-1',
  seq: 9,
  kind: 'BATCH_UPDATED',
  at,
  batch: {
    name: 'Garden',
    status,
    reason: null,
    total: 2,
    queued: 0,
    running: 2,
    succeeded: 0,
    failed: 0,
    cancelled: 0,
    progress: 0,
    etaSeconds: null,
  },
});

describe('writing progress reducer', () => {
  it('keeps the latest words of each article that reported', () => {
    let writing = applyToWriting(NO_WRITING, progress(1, ['a-1', 120], ['a-2', 40]));
    writing = applyToWriting(writing, progress(2, ['a-1', 312]));
    expect(writing).toEqual({
      'a-1': { id: 'a-1', words: 312, targetWords: 1200 },
      'a-2': { id: 'a-2', words: 40, targetWords: 1200 },
    });
  });

  it('drops an article once its state changes, and only that article', () => {
    const writing = applyToWriting(NO_WRITING, progress(1, ['a-1', 120], ['a-2', 40]));
    const next = applyToWriting(writing, articleUpdated(2, 'a-1', 'SUCCEEDED'));
    expect(Object.keys(next)).toEqual(['a-2']);
    expect(applyToWriting(next, articleUpdated(3, 'a-2', 'RUNNING'))).toEqual({});
  });

  it('forgets everything when the batch ends, but not when it pauses', () => {
    const writing = applyToWriting(NO_WRITING, progress(1, ['a-1', 120]));
    expect(applyToWriting(writing, batchUpdated('PAUSED'))).toBe(writing);
    expect(applyToWriting(writing, batchUpdated('RUNNING'))).toBe(writing);
    expect(applyToWriting(writing, batchUpdated('CANCELLED'))).toEqual({});
  });

  it('leaves the figures as they are for other events', () => {
    const writing = applyToWriting(NO_WRITING, progress(1, ['a-1', 120]));
    expect(applyToWriting(writing, articleUpdated(2, 'a-9', 'SUCCEEDED'))).toBe(writing);
    expect(applyToWriting(writing, progress(3))).toBe(writing);
  });
});
