import { describe, expect, it } from 'vitest';

import { makeBatch } from '@/testing/data';

import { shownProgress } from '../progress';

describe('shownProgress', () => {
  it('shows what a cancelled batch actually wrote, not a full bar', () => {
    const counts = { total: 10, queued: 0, running: 0, succeeded: 3, failed: 1, cancelled: 6 };
    expect(shownProgress(makeBatch({ status: 'CANCELLED', progress: 100, counts }))).toBe(40);
    expect(shownProgress(makeBatch({ status: 'RUNNING', progress: 55, counts }))).toBe(55);
    const empty = { ...counts, total: 0, succeeded: 0, failed: 0, cancelled: 0 };
    expect(shownProgress(makeBatch({ status: 'CANCELLED', progress: 100, counts: empty }))).toBe(
      100,
    );
  });
});
