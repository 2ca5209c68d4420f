/** How often screens poll while work is in progress, in milliseconds. */
export const POLL_INTERVAL_MS = 2000;

/** Example shown when there are no batches yet. */
export const SUBMIT_EXAMPLE =
  "curl -X POST localhost:8080/api/articles/bulk -H 'Content-Type: text/csv' --data-binary @keywords.csv";
