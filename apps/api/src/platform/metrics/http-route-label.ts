// The `route` label of the HTTP metrics: the route's pattern, never the URL a client sent (ids, query strings and
// tracking secrets stay out of the metrics, and the number of series stays bounded).

/** What unmatched requests (404s with no route) are counted under. */
export const UNMATCHED_ROUTE = '(unmatched)';
/** What the web app's files and client-side routes (the SPA fallback) are counted under. */
export const WEB_ROUTE = '(web)';

/** The label for a request that Fastify matched to `pattern` (its routeOptions.url), or to no route at all. */
export function httpRouteLabel(pattern: string | undefined): string {
  if (!pattern) return UNMATCHED_ROUTE;
  if (pattern === '/metrics' || pattern === '/api' || pattern.startsWith('/api/')) return pattern;
  return WEB_ROUTE;
}
