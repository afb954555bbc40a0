import type { AuthUser } from './auth-user';
import { SESSION_CACHE_MAX_AGE_MS, SESSION_CACHE_MAX_ENTRIES, SessionCache } from './session-cache';

const user: AuthUser = {
  id: 'u1',
  username: 'cadre',
  displayName: '张三',
  sessionId: 's1',
  grants: [{ role: 'cadre', unitId: 'a', unitName: '甲', unitPath: '/a/' }],
};
const NOW = Date.parse('2026-12-01T00:00:00Z');

describe('SessionCache', () => {
  it('answers a kept user until the session ends or the entry is too old, whichever comes first', () => {
    const cache = new SessionCache();
    cache.set('h', user, new Date(NOW + 10_000), NOW);
    expect(cache.get('h', NOW + 9_999)?.id).toBe('u1');
    expect(cache.get('h', NOW + 10_000)).toBeNull();

    cache.set('h', user, new Date(NOW + 10 * SESSION_CACHE_MAX_AGE_MS), NOW);
    expect(cache.get('h', NOW + SESSION_CACHE_MAX_AGE_MS - 1)?.id).toBe('u1');
    expect(cache.get('h', NOW + SESSION_CACHE_MAX_AGE_MS)).toBeNull();
  });

  it('hands out copies: what one request changes, the next does not see', () => {
    const cache = new SessionCache();
    cache.set('h', user, new Date(NOW + 10_000), NOW);
    const first = cache.get('h', NOW)!;
    first.grants[0].role = 'leader';
    first.grants.push({ role: 'leader', unitId: 'b', unitName: '乙', unitPath: '/b/' });
    expect(cache.get('h', NOW)?.grants).toEqual(user.grants);
  });

  it('forgets everything on clear, and the oldest entry when full', () => {
    const cache = new SessionCache();
    for (let i = 0; i <= SESSION_CACHE_MAX_ENTRIES; i++) cache.set(`h${i}`, user, new Date(NOW + 10_000), NOW);
    expect(cache.size).toBe(SESSION_CACHE_MAX_ENTRIES);
    expect(cache.get('h0', NOW)).toBeNull();
    expect(cache.get(`h${SESSION_CACHE_MAX_ENTRIES}`, NOW)).not.toBeNull();
    cache.clear();
    expect(cache.size).toBe(0);
  });
});
