import { describe, expect, it } from 'vitest';

import { formatPace } from '../batch-pace';

describe('formatPace', () => {
  it.each([
    [null, null],
    [undefined, null],
    [0, null],
    [Number.NaN, null],
    [2.46, '2.5 articles/min'],
    [1234.4, '1,234 articles/min'],
  ])('%s articles a minute → %s', (rate, text) => {
    expect(formatPace(rate, null)).toBe(text);
  });

  it('names the provider limit that sets the pace', () => {
    expect(formatPace(600, { limitedBy: 'requests-per-minute', perMinute: 600 })).toBe(
      "600 articles/min · paced at 600 requests/min, the provider's limit",
    );
    expect(formatPace(30, { limitedBy: 'tokens-per-minute', perMinute: 60000 })).toBe(
      "30 articles/min · paced at 60,000 tokens/min, the provider's limit",
    );
  });
});
