import type { LivePace } from '@/lib/live/events';

const LIMITS: Record<LivePace['limitedBy'], string> = {
  'requests-per-minute': 'requests/min',
  'tokens-per-minute': 'tokens/min',
};

/**
 * "24 articles/min · paced at 600 requests/min, the provider's limit": the rate behind the time left
 * and, when a provider's limit is what binds, which one. Null when there is no rate yet.
 */
export function formatPace(
  articlesPerMinute: number | null | undefined,
  pace: LivePace | null | undefined,
): string | null {
  if (articlesPerMinute == null || !Number.isFinite(articlesPerMinute) || articlesPerMinute <= 0) {
    return null;
  }
  const digits = articlesPerMinute < 10 ? 1 : 0;
  const rate = `${articlesPerMinute.toLocaleString('en-US', { maximumFractionDigits: digits })} articles/min`;
  if (!pace) return rate;
  return `${rate} · paced at ${pace.perMinute.toLocaleString('en-US')} ${LIMITS[pace.limitedBy]}, the provider's limit`;
}
