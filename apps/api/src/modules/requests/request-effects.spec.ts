// The per-action column effects, without a database: each action's columns written out by hand from DOMAIN.md,
// through the real transition table (stepRequest), on China's 2026 working-day calendar.
import { CN_WORKING_DAY_CONFIG, WorkingDayCalendar, type Actor, type RequestState } from '@banshishi/workflow';
import { DomainError } from '../../common/errors/domain-error';
import type { EffectSubject } from './request-effects';
import { stepRequest } from './request-transitions.service';

const calendar = new WorkingDayCalendar(CN_WORKING_DAY_CONFIG);
// Monday 2026-06-08, 10:00 China time (02:00 UTC); Friday 2026-06-19 is 端午节, a day off.
const now = new Date('2026-06-08T02:00:00Z');
const context = { now, calendar };
const cadre: Actor = { id: 'c1', roles: ['cadre'] };
const leader: Actor = { id: 'l1', roles: ['leader'] };
const requester: Actor = { id: 'w1', roles: [], isRequester: true };
const system: Actor = { id: null, roles: [], system: true };

function request(status: RequestState['status'], more: Partial<EffectSubject & RequestState> = {}): RequestState & EffectSubject {
  return {
    status,
    reopenCount: 0,
    respondedAt: null,
    acceptedAt: null,
    resolutionDays: 10,
    resolutionDueAt: null,
    extensionDays: null,
    extendedDays: 0,
    ...more,
  };
}

describe('request effects', () => {
  it('accept: responded, accepted, and the resolution clock starts (10 working days, warned at 80 %)', () => {
    const { state, changes } = stepRequest(request('submitted'), 'accept', cadre, {}, context);
    expect(state.status).toBe('accepted');
    expect(changes).toEqual({
      respondedAt: now,
      acceptedAt: now,
      resolutionDueAt: new Date('2026-06-23T02:00:00Z'), // two working weeks and the 端午 day later
      resolutionWarnAt: new Date('2026-06-18T02:00:00Z'), // 8 working days
    });
  });

  it('the first response only is the 响应: a second one keeps respondedAt', () => {
    const earlier = new Date('2026-06-01T02:00:00Z');
    expect(stepRequest(request('submitted'), 'reject', cadre, { reason: '不属于受理范围' }, context).changes).toEqual({ respondedAt: now });
    expect(stepRequest(request('submitted', { respondedAt: earlier }), 'transfer', cadre, { unitId: 'u2', reason: '属地办理' }, context).changes).toEqual({
      handlingUnitId: 'u2',
      handlerId: null,
    });
  });

  it('merge, assign, a contact note and resolve move their own columns', () => {
    expect(stepRequest(request('submitted'), 'merge', cadre, { targetId: 'r2' }, context).changes).toEqual({ respondedAt: now, mergedIntoId: 'r2' });
    expect(stepRequest(request('accepted'), 'assign', cadre, { handlerId: 'h1' }, context).changes).toEqual({ handlerId: 'h1' });
    expect(stepRequest(request('in_progress'), 'note', cadre, { note: '已电话联系', contacted: true }, context).changes).toEqual({ contactedAt: now });
    expect(stepRequest(request('in_progress'), 'note', cadre, { note: '内部记录' }, context).changes).toEqual({});
    expect(stepRequest(request('in_progress'), 'resolve', cadre, { resolution: '已解决' }, context).changes).toEqual({ resolvedAt: now });
    // a completed project resolves its requests as the system, with the same columns
    expect(stepRequest(request('in_project'), 'resolve', system, { resolution: '项目已完成' }, context).changes).toEqual({ resolvedAt: now });
  });

  it('an answer closes the request, or sends it back (重办) undoing the resolution; the window closing closes it', () => {
    const happy = { resolved: 'resolved', satisfaction: 'satisfied' };
    const unhappy = { resolved: 'unresolved', satisfaction: 'dissatisfied' };
    expect(stepRequest(request('resolved'), 'feedback', requester, happy, context).changes).toEqual({ closedAt: now });
    const reopened = stepRequest(request('resolved'), 'feedback', requester, unhappy, context);
    expect(reopened.state).toEqual({ status: 'in_progress', reopenCount: 1 });
    expect(reopened.changes).toEqual({ resolvedAt: null });
    expect(stepRequest(request('resolved'), 'return_visit', cadre, { ...happy, channel: 'phone' }, context).changes).toEqual({ closedAt: now });
    expect(stepRequest(request('resolved'), 'close_unrated', system, {}, context).changes).toEqual({ closedAt: now });
  });

  it("a merged request's own answer, once what it follows is done, moves no column and leaves it merged", () => {
    const followed = { done: true, answered: false };
    const answered = stepRequest(request('merged', { followed }), 'feedback', requester, { resolved: 'unresolved', satisfaction: 'dissatisfied' }, context);
    expect(answered.state).toEqual({ status: 'merged', reopenCount: 0, followed });
    expect(answered.changes).toEqual({});
    expect(() =>
      stepRequest(request('merged', { followed: { done: false, answered: false } }), 'feedback', requester, { resolved: 'resolved', satisfaction: 'satisfied' }, context),
    ).toThrow('not resolved yet');
  });

  it('an extension is asked for before the due time, one at a time, and moves the clock when approved', () => {
    const acceptedAt = new Date('2026-06-01T02:00:00Z');
    const dueAt = new Date('2026-06-15T02:00:00Z');
    const inHand = request('in_progress', { acceptedAt, resolutionDueAt: dueAt });
    expect(stepRequest(inHand, 'request_extension', cadre, { days: 5, reason: '等配件' }, context).changes).toEqual({ extensionDays: 5, extensionRequestedAt: now });
    expect(() => stepRequest({ ...inHand, resolutionDueAt: now }, 'request_extension', cadre, { days: 5, reason: '等配件' }, context)).toThrow(DomainError);
    expect(() => stepRequest({ ...inHand, extensionDays: 3 }, 'request_extension', cadre, { days: 5, reason: '等配件' }, context)).toThrow('already waiting');

    const waiting = { ...inHand, extensionDays: 5, extendedDays: 2 };
    expect(stepRequest(waiting, 'decide_extension', leader, { decision: 'refused' }, context).changes).toEqual({ extensionDays: null, extensionRequestedAt: null });
    const approved = stepRequest(waiting, 'decide_extension', leader, { decision: 'approved' }, context).changes;
    expect(approved).toMatchObject({ extensionDays: null, extensionRequestedAt: null, extendedDays: 7, resolutionDueAt: new Date('2026-06-23T02:00:00Z') });
    // 80 % of the whole 15 working days from acceptance (端午 skipped): 12 working days → Wednesday 2026-06-17
    expect(approved.resolutionWarnAt).toEqual(new Date('2026-06-17T02:00:00Z'));
    expect(() => stepRequest(inHand, 'decide_extension', leader, { decision: 'approved' }, context)).toThrow('No extension request');
  });

  it('refuses through the transition table before any effect', () => {
    expect(() => stepRequest(request('closed'), 'resolve', cadre, { resolution: 'x' }, context)).toThrow(DomainError);
    expect(() => stepRequest(request('submitted'), 'accept', requester, {}, context)).toThrow(DomainError);
  });
});
