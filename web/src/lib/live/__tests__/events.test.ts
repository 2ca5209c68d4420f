import { describe, expect, it } from 'vitest';

import { formatEta, progressTitle, SequenceTracker, type LiveEvent } from '../events';

const event = (seq: number): LiveEvent => ({
  batchId: 'b',
  seq,
  kind: 'ARTICLE_UPDATED',
  at: '2026-11-28T12:00:00Z',
});

describe('SequenceTracker', () => {
  it('applies the next number, ignores old ones and reports a gap', () => {
    const tracker = new SequenceTracker(3);
    expect(tracker.judge(event(4))).toBe('apply');
    expect(tracker.judge(event(3))).toBe('duplicate');
    expect(tracker.judge(event(6))).toBe('gap');
  });

  it('without a start, the first event sets it', () => {
    const tracker = new SequenceTracker();
    expect(tracker.started).toBe(false);
    expect(tracker.judge(event(42))).toBe('apply');
    expect(tracker.take([event(42)])).toHaveLength(1);
    expect(tracker.last).toBe(42);
  });

  it('takes events in order, each once', () => {
    const tracker = new SequenceTracker(1);
    const taken = tracker.take([event(3), event(2), event(1), event(3)]);
    expect(taken.map((e) => e.seq)).toEqual([2, 3]);
    expect(tracker.last).toBe(3);
  });
});

describe('formatEta', () => {
  it.each([
    [null, null],
    [undefined, null],
    [-5, null],
    [Number.NaN, null],
    [30, 'less than a minute left'],
    [720, 'about 12 min left'],
    [3600, 'about 1 h left'],
    [7500, 'about 2 h 5 min left'],
  ])('%s seconds → %s', (seconds, text) => {
    expect(formatEta(seconds)).toBe(text);
  });
});

describe('progressTitle', () => {
  it('shows progress while running', () => {
    expect(progressTitle('Coffee', 42.7, 'RUNNING')).toBe('43% · Coffee · Bulkwriter');
    expect(progressTitle('Coffee', 42.2, 'RUNNING')).toBe('42% · Coffee · Bulkwriter');
    expect(progressTitle('Coffee', 100, 'COMPLETED')).toBe('Coffee · Bulkwriter');
  });
});
