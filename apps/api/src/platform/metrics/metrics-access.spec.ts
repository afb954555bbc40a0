import { metricsAccess } from './metrics-access';

const TOKEN = 'metrics-token-0123456789abcdef';

describe('metricsAccess', () => {
  it('is off without METRICS=on, whatever the request carries', () => {
    expect(metricsAccess(null, undefined)).toBe('off');
    expect(metricsAccess(null, `Bearer ${TOKEN}`)).toBe('off');
  });

  it('lets anyone in when no token is configured', () => {
    expect(metricsAccess({ token: null }, undefined)).toBe('allowed');
    expect(metricsAccess({ token: null }, 'Bearer whatever')).toBe('allowed');
  });

  it.each([
    [`Bearer ${TOKEN}`, 'allowed'],
    [`bearer ${TOKEN}`, 'allowed'],
    [`Bearer ${TOKEN} `, 'allowed'],
    [undefined, 'unauthorized'],
    ['', 'unauthorized'],
    [TOKEN, 'unauthorized'],
    [`Basic ${TOKEN}`, 'unauthorized'],
    [`Bearer ${TOKEN.slice(0, -1)}`, 'unauthorized'],
    [`Bearer ${TOKEN}x`, 'unauthorized'],
    [`Bearer ${TOKEN} extra`, 'unauthorized'],
  ])('with a token, %j is %s', (authorization, access) => {
    expect(metricsAccess({ token: TOKEN }, authorization)).toBe(access);
  });
});
