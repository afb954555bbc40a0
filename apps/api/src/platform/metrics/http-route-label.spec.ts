import { httpRouteLabel, UNMATCHED_ROUTE, WEB_ROUTE } from './http-route-label';

describe('httpRouteLabel', () => {
  it.each([
    ['/api/requests/:id', '/api/requests/:id'],
    ['/api/requests/:id/actions/:action', '/api/requests/:id/actions/:action'],
    ['/api/requests', '/api/requests'],
    ['/api', '/api'],
    ['/metrics', '/metrics'],
    // the SPA fallback and each static file of the built web app: one label, not one per file or client route
    ['/*', WEB_ROUTE],
    ['/assets/index-3f9a1c.js', WEB_ROUTE],
    ['/favicon.ico', WEB_ROUTE],
    // a prefix that only looks like the API's
    ['/apifoo', WEB_ROUTE],
    [undefined, UNMATCHED_ROUTE],
    ['', UNMATCHED_ROUTE],
  ])('labels route %j as %j', (pattern, label) => {
    expect(httpRouteLabel(pattern)).toBe(label);
  });
});
