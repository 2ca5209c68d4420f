import { describe, expect, it } from 'vitest';

import { formatDateTime, formatDuration, formatNumber, humanize } from '../format';

describe('format', () => {
  it('formats dates, keeping unparseable values', () => {
    expect(formatDateTime(null)).toBe('—');
    expect(formatDateTime('not a date')).toBe('not a date');
    expect(formatDateTime('2026-11-28T10:00:00Z')).toMatch(/2026/);
  });

  it('formats numbers and durations', () => {
    expect(formatNumber(null)).toBe('—');
    expect(formatNumber(12)).toBe('12');
    expect(formatDuration(null)).toBe('—');
    expect(formatDuration(250)).toBe('250 ms');
    expect(formatDuration(4200)).toBe('4.2 s');
    expect(formatDuration(125_000)).toBe('2 min 5 s');
  });

  it('humanizes enum values', () => {
    expect(humanize('RUNNING')).toBe('Running');
    expect(humanize('RETRY_FAILED')).toBe('Retry failed');
  });
});
