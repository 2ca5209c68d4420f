/** How often screens poll while work is in progress, in milliseconds. */
export const POLL_INTERVAL_MS = 2000;

/**
 * Example shown when there are no batches yet: against the server the page came from, with a
 * personal API token (every API call needs credentials).
 */
export function submitExample(origin: string = window.location.origin): string {
  return (
    `curl -X POST '${origin}/api/articles/bulk?name=My%20batch' -H "Authorization: Bearer $TOKEN" ` +
    `-H 'Content-Type: text/csv' -H "Idempotency-Key: $(uuidgen)" --data-binary @keywords.csv`
  );
}
