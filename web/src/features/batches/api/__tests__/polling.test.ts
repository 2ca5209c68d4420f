import { describe, expect, it } from 'vitest';

import { POLL_INTERVAL_MS } from '@/config/constants';

import { pollWhileActive } from '../polling';

describe('pollWhileActive', () => {
  it('polls every 2 s while a batch is running or paused', () => {
    expect(POLL_INTERVAL_MS).toBe(2000);
    expect(pollWhileActive(['COMPLETED', 'RUNNING'])).toBe(2000);
    expect(pollWhileActive(['PAUSED'])).toBe(2000);
  });

  it('stops when every batch is finished, or before data arrives', () => {
    expect(pollWhileActive(['COMPLETED', 'CANCELLED'])).toBe(false);
    expect(pollWhileActive([])).toBe(false);
    expect(pollWhileActive(undefined)).toBe(false);
  });
});
