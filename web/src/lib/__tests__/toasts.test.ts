import { afterEach, describe, expect, it, vi } from 'vitest';

import { currentToasts, dismissToast, showToast, subscribeToasts } from '../toasts';

afterEach(() => currentToasts().forEach((t) => dismissToast(t.id)));

describe('toasts', () => {
  it('one toast per id: a later one replaces it', () => {
    const seen = vi.fn();
    const stop = subscribeToasts(seen);
    showToast({ id: 'failed-b1', kind: 'error', message: '3 articles failed' });
    showToast({ id: 'failed-b1', kind: 'error', message: '7 articles failed' });
    expect(currentToasts()).toHaveLength(1);
    expect(currentToasts()[0].message).toBe('7 articles failed');
    expect(seen).toHaveBeenCalledTimes(2);
    stop();
  });

  it('closes by itself unless it should stay', () => {
    vi.useFakeTimers();
    showToast({ id: 'a', kind: 'info', message: 'short', duration: 1000 });
    showToast({ id: 'b', kind: 'warning', message: 'stays', duration: Infinity });
    vi.advanceTimersByTime(1500);
    expect(currentToasts().map((t) => t.id)).toEqual(['b']);
    vi.useRealTimers();
  });
});
