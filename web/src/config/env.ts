/**
 * Base URL of the Bulkwriter API. Empty by default: the app is served by the back end itself
 * (or by the Vite dev server, which proxies /api to it).
 */
export const env = {
  API_URL: (import.meta.env.VITE_API_URL ?? '').replace(/\/$/, ''),
} as const;
