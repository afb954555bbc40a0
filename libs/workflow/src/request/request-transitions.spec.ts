import fc from 'fast-check';
import type { Actor } from '../actor';
import { applyTransition } from '../apply-transition';
import { availableActions } from '../available-actions';
import { isTerminal } from '../is-terminal';
import { REQUEST_ACTIONS, type RequestAction } from './request-actions';
import { REQUEST_STATUSES, type RequestState, type RequestStatus } from './request-status';
import { MAX_REOPENS, requestWorkflow } from './request-transitions';

// The expectations below are written out by hand from DOMAIN.md, not derived from the table,
// so a change to the table has to be mirrored here on purpose.

const actors = {
  worker: { id: 'w-1', roles: ['worker'] },
  cadre: { id: 'c-1', roles: ['cadre'] },
  leader: { id: 'l-1', roles: ['leader'] },
  admin: { id: 'a-1', roles: ['admin'] },
  handler: { id: 'h-1', roles: ['worker'], isHandler: true },
  requester: { id: 'w-2', roles: ['worker'], isRequester: true },
  anonymousRequester: { id: null, roles: [], isRequester: true },
  system: { id: null, roles: [], system: true },
} satisfies Record<string, Actor>;
type ActorName = keyof typeof actors;
const ACTOR_NAMES = Object.keys(actors) as ActorName[];

/** Someone who passes every role check, to isolate status checks. */
const everyone: Actor = { id: 'x', roles: ['worker', 'cadre', 'leader', 'admin'], isHandler: true, isRequester: true, system: true };

const VALID_INPUT: Record<RequestAction, Record<string, unknown>> = {
  accept: {},
  reject: { reason: '不属于工会职责范围' },
  transfer: { unitId: 'unit-2', reason: '属地管理' },
  merge: { targetId: 'req-9' },
  assign: { handlerId: 'h-1' },
  link_project: { projectId: 'proj-1' },
  unlink_project: { reason: '企业已自行解决，项目取消' },
  resolve: { resolution: '已协调企业补发工资' },
  feedback: { resolved: 'resolved', satisfaction: 'satisfied', comment: '谢谢' },
  return_visit: { resolved: 'resolved', satisfaction: 'satisfied', channel: 'phone' },
  withdraw: {},
  close_unrated: {},
  note: { note: '已电话联系职工', contacted: true },
  supervise: { note: '请本周内办结', deadline: '2025-03-20' },
  request_extension: { days: 10, reason: '需等待企业下月发薪日核实' },
  decide_extension: { decision: 'approved', comment: '同意延期' },
  escalate: { level: 'overdue', note: '办结时限已过' },
};

const OPEN: RequestStatus[] = ['submitted', 'accepted', 'in_progress', 'in_project', 'resolved'];
const TERMINAL: RequestStatus[] = ['closed', 'rejected', 'merged', 'withdrawn'];

/** Every allowed (action, from) pair with its target for VALID_INPUT at reopenCount 0. */
const ALLOWED: readonly [RequestAction, RequestStatus, RequestStatus][] = [
  ['accept', 'submitted', 'accepted'],
  ['reject', 'submitted', 'rejected'],
  ['transfer', 'submitted', 'submitted'],
  ['transfer', 'accepted', 'submitted'],
  ['merge', 'submitted', 'merged'],
  ['merge', 'accepted', 'merged'],
  ['assign', 'accepted', 'in_progress'],
  ['assign', 'in_progress', 'in_progress'],
  ['link_project', 'accepted', 'in_project'],
  ['link_project', 'in_progress', 'in_project'],
  ['unlink_project', 'in_project', 'accepted'],
  ['resolve', 'in_progress', 'resolved'],
  ['resolve', 'in_project', 'resolved'],
  ['feedback', 'resolved', 'closed'],
  ['feedback', 'merged', 'merged'],
  ['return_visit', 'resolved', 'closed'],
  ['return_visit', 'merged', 'merged'],
  ['withdraw', 'submitted', 'withdrawn'],
  ['withdraw', 'accepted', 'withdrawn'],
  ['close_unrated', 'resolved', 'closed'],
  ...OPEN.map((status): [RequestAction, RequestStatus, RequestStatus] => ['note', status, status]),
  ...OPEN.map((status): [RequestAction, RequestStatus, RequestStatus] => ['supervise', status, status]),
  ['request_extension', 'accepted', 'accepted'],
  ['request_extension', 'in_progress', 'in_progress'],
  ['decide_extension', 'accepted', 'accepted'],
  ['decide_extension', 'in_progress', 'in_progress'],
  ['escalate', 'submitted', 'submitted'],
  ['escalate', 'accepted', 'accepted'],
  ['escalate', 'in_progress', 'in_progress'],
];

const MAY_ACT: Record<RequestAction, ActorName[]> = {
  accept: ['cadre'],
  reject: ['cadre'],
  transfer: ['cadre'],
  merge: ['cadre'],
  assign: ['cadre'],
  link_project: ['cadre'],
  unlink_project: ['system'],
  resolve: ['cadre', 'handler'],
  feedback: ['requester', 'anonymousRequester'],
  return_visit: ['cadre'],
  withdraw: ['requester', 'anonymousRequester'],
  close_unrated: ['system'],
  note: ['cadre', 'handler'],
  supervise: ['leader'],
  request_extension: ['cadre', 'handler'],
  decide_extension: ['leader'],
  escalate: ['system'],
};

const REQUIRED_FIELDS: Record<RequestAction, string[]> = {
  accept: [],
  reject: ['reason'],
  transfer: ['unitId', 'reason'],
  merge: ['targetId'],
  assign: ['handlerId'],
  link_project: ['projectId'],
  unlink_project: ['reason'],
  resolve: ['resolution'],
  feedback: ['resolved', 'satisfaction'],
  return_visit: ['resolved', 'satisfaction', 'channel'],
  withdraw: [],
  close_unrated: [],
  note: ['note'],
  supervise: ['note', 'deadline'],
  request_extension: ['days', 'reason'],
  decide_extension: ['decision'],
  escalate: ['level', 'note'],
};

const at = (status: RequestStatus, reopenCount = 0): RequestState => ({ status, reopenCount });
/** A merged request as it is once the request it follows is done and its own requester has not answered yet. */
const FOLLOWED_DONE = { done: true, answered: false } as const;
const mergedAt = (followed: RequestState['followed']): RequestState => ({ status: 'merged', reopenCount: 0, followed });
/** The state an allowed pair starts from: a merged request can only be answered once what it follows is done. */
const startOf = (from: RequestStatus): RequestState => (from === 'merged' ? mergedAt(FOLLOWED_DONE) : at(from));
const pairKey = (action: string, from: string): string => `${action}@${from}`;
const firstFrom = (action: RequestAction): RequestStatus => ALLOWED.find(([a]) => a === action)![1];

describe('request transition table', () => {
  it('holds exactly the allowed (action, from) pairs of DOMAIN.md', () => {
    const table = REQUEST_ACTIONS.flatMap((action) => requestWorkflow.actions[action].from.map((from) => pairKey(action, from)));
    expect([...table].sort()).toEqual(ALLOWED.map(([action, from]) => pairKey(action, from)).sort());
  });

  it('names the terminal statuses', () => {
    expect(REQUEST_STATUSES.filter((status) => isTerminal(requestWorkflow, status))).toEqual(TERMINAL);
  });

  describe.each(ALLOWED)('%s from %s', (action, from, to) => {
    const actorName = MAY_ACT[action][0]!;
    const actor = actors[actorName];

    it(`goes to ${to} for the ${actorName} and records the event`, () => {
      const result = applyTransition(requestWorkflow, startOf(from), action, actor, VALID_INPUT[action]);
      expect(result).toEqual({
        ok: true,
        state: { ...startOf(from), status: to, reopenCount: 0 },
        event: { action, from, to, actorId: actor.id, payload: expect.any(Object) },
      });
    });

    it('is offered by availableActions', () => {
      expect(availableActions(requestWorkflow, startOf(from), actor)).toContain(action);
    });
  });

  const allowedKeys = new Set(ALLOWED.map(([action, from]) => pairKey(action, from)));
  const forbidden = REQUEST_ACTIONS.flatMap((action) =>
    REQUEST_STATUSES.filter((from) => !allowedKeys.has(pairKey(action, from))).map((from): [RequestAction, RequestStatus] => [action, from]),
  );

  it('leaves forbidden pairs to test (sanity: 13 actions × 9 statuses minus the allowed)', () => {
    expect(forbidden).toHaveLength(REQUEST_ACTIONS.length * REQUEST_STATUSES.length - ALLOWED.length);
    expect(forbidden.length).toBeGreaterThan(80);
  });

  it.each(forbidden)('refuses %s from %s as INVALID_TRANSITION even for someone holding every role', (action, from) => {
    const state = at(from);
    const result = applyTransition(requestWorkflow, state, action, everyone, VALID_INPUT[action]);
    expect(result).toEqual({ ok: false, error: { code: 'INVALID_TRANSITION', message: expect.stringContaining(from) } });
    expect(availableActions(requestWorkflow, state, everyone)).not.toContain(action);
    expect(state).toEqual(at(from));
  });

  it.each(['approve', 'constructor', '__proto__', 'toString', ''])('refuses the unknown action %p', (action) => {
    const result = applyTransition(requestWorkflow, at('submitted'), action, everyone, {});
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('INVALID_TRANSITION');
  });
});

describe('who may act', () => {
  const cases = REQUEST_ACTIONS.flatMap((action) => ACTOR_NAMES.map((name): [RequestAction, ActorName, boolean] => [action, name, MAY_ACT[action].includes(name)]));

  it.each(cases)('%s by %s: allowed=%p', (action, name, allowed) => {
    const result = applyTransition(requestWorkflow, at(firstFrom(action)), action, actors[name], VALID_INPUT[action]);
    if (allowed) {
      expect(result.ok).toBe(true);
    } else {
      expect(result).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining(action) } });
    }
  });

  it('gives an admin no cadre powers', () => {
    expect(availableActions(requestWorkflow, at('submitted'), actors.admin)).toEqual([]);
  });

  it('lets the system resolve a request whose project completed, but not one a handler works on', () => {
    expect(applyTransition(requestWorkflow, at('in_project'), 'resolve', actors.system, { resolution: '项目已完成' }).ok).toBe(true);
    const refused = applyTransition(requestWorkflow, at('in_progress'), 'resolve', actors.system, { resolution: 'x' });
    expect(!refused.ok && refused.error.code).toBe('FORBIDDEN');
  });

  it('lets a handler resolve without holding the cadre role', () => {
    expect(applyTransition(requestWorkflow, at('in_progress'), 'resolve', actors.handler, { resolution: '已办' }).ok).toBe(true);
  });

  it('checks status before role, and role before input', () => {
    const wrongStatusAndRole = applyTransition(requestWorkflow, at('closed'), 'accept', actors.worker, {});
    expect(!wrongStatusAndRole.ok && wrongStatusAndRole.error.code).toBe('INVALID_TRANSITION');
    const wrongRoleAndInput = applyTransition(requestWorkflow, at('submitted'), 'reject', actors.worker, {});
    expect(!wrongRoleAndInput.ok && wrongRoleAndInput.error.code).toBe('FORBIDDEN');
  });
});

describe('required input', () => {
  const cases = REQUEST_ACTIONS.flatMap((action) => REQUIRED_FIELDS[action].map((field): [RequestAction, string] => [action, field]));

  it.each(cases)('%s without %s is MISSING_INPUT on that field', (action, field) => {
    const { [field]: _dropped, ...rest } = VALID_INPUT[action];
    const result = applyTransition(requestWorkflow, at(firstFrom(action)), action, actors[MAY_ACT[action][0]!], rest);
    expect(result).toEqual({ ok: false, error: { code: 'MISSING_INPUT', field, message: `${field} is required` } });
  });

  it.each(cases)('%s with a blank %s is MISSING_INPUT', (action, field) => {
    const result = applyTransition(requestWorkflow, at(firstFrom(action)), action, actors[MAY_ACT[action][0]!], {
      ...VALID_INPUT[action],
      [field]: '   ',
    });
    expect(!result.ok && result.error).toMatchObject({ code: 'MISSING_INPUT', field });
  });

  it.each(REQUEST_ACTIONS.filter((action) => REQUIRED_FIELDS[action].length === 0))('%s needs no input at all', (action) => {
    expect(applyTransition(requestWorkflow, at(firstFrom(action)), action, actors[MAY_ACT[action][0]!]).ok).toBe(true);
  });

  it.each([
    ['feedback', 'resolved', 'fixed'],
    ['feedback', 'satisfaction', 'happy'],
    ['return_visit', 'channel', 'email'],
    ['note', 'contacted', 'yes'],
    ['note', 'public', 1],
    ['reject', 'reason', 42],
    ['supervise', 'deadline', 'next friday'],
    ['supervise', 'deadline', '2025-02-30'],
    ['feedback', 'comment', 7],
    ['request_extension', 'days', 2.5],
    ['request_extension', 'days', 0],
    ['request_extension', 'days', 61],
    ['request_extension', 'days', '10'],
    ['decide_extension', 'decision', 'maybe'],
    ['escalate', 'level', 'late'],
  ] as const)('%s refuses %s = %p', (action, field, value) => {
    const result = applyTransition(requestWorkflow, at(firstFrom(action)), action, actors[MAY_ACT[action][0]!], {
      ...VALID_INPUT[action],
      [field]: value,
    });
    expect(!result.ok && result.error).toMatchObject({ code: 'MISSING_INPUT', field, message: expect.stringMatching(`^${field} must`) });
  });

  it('treats a body that is not an object as empty', () => {
    const result = applyTransition(requestWorkflow, at('submitted'), 'reject', actors.cadre, 'reason');
    expect(!result.ok && result.error.field).toBe('reason');
  });
});

describe('event payload', () => {
  it('keeps only declared fields, trimmed', () => {
    const result = applyTransition(requestWorkflow, at('submitted'), 'transfer', actors.cadre, {
      version: 3,
      unitId: ' unit-7 ',
      reason: ' 属地管理 ',
      status: 'closed',
    });
    expect(result.ok && result.event.payload).toEqual({ unitId: 'unit-7', reason: '属地管理' });
  });

  it('records a return visit answer with its channel and comment', () => {
    const result = applyTransition(requestWorkflow, at('resolved'), 'return_visit', actors.cadre, {
      resolved: 'partly',
      satisfaction: 'basically_satisfied',
      channel: 'in_person',
      comment: '工资已补一半',
    });
    expect(result.ok && result.event).toEqual({
      action: 'return_visit',
      from: 'resolved',
      to: 'closed',
      actorId: 'c-1',
      payload: { resolved: 'partly', satisfaction: 'basically_satisfied', channel: 'in_person', comment: '工资已补一半' },
    });
  });

  it('stores a supervise deadline given as an instant in UTC', () => {
    const result = applyTransition(requestWorkflow, at('in_progress'), 'supervise', actors.leader, {
      note: '督办',
      deadline: '2025-03-20T18:00:00+08:00',
    });
    expect(result.ok && result.event.payload).toEqual({ note: '督办', deadline: '2025-03-20T10:00:00.000Z' });
  });

  it('leaves a note without changing status or reopen count', () => {
    const result = applyTransition(requestWorkflow, at('resolved', 1), 'note', actors.handler, { note: '已回电', public: false });
    expect(result).toMatchObject({ ok: true, state: { status: 'resolved', reopenCount: 1 }, event: { payload: { note: '已回电', public: false } } });
  });
});

describe('the requester answer (feedback and return_visit)', () => {
  // [resolved, satisfaction, negative]
  const answers: [string, string, boolean][] = [
    ['resolved', 'satisfied', false],
    ['resolved', 'basically_satisfied', false],
    ['resolved', 'dissatisfied', true],
    ['partly', 'satisfied', false],
    ['partly', 'basically_satisfied', false],
    ['partly', 'dissatisfied', true],
    ['unresolved', 'satisfied', true],
    ['unresolved', 'basically_satisfied', true],
    ['unresolved', 'dissatisfied', true],
  ];

  const cases = (['feedback', 'return_visit'] as const).flatMap((action) =>
    answers.flatMap(([resolved, satisfaction, negative]) =>
      [0, 1, 2].map((reopenCount) => {
        const expected = !negative
          ? { status: 'closed', reopenCount, escalate: false }
          : reopenCount < 2
            ? { status: 'in_progress', reopenCount: reopenCount + 1, escalate: false }
            : { status: 'closed', reopenCount, escalate: true };
        return { action, resolved, satisfaction, reopenCount, expected };
      }),
    ),
  );

  it.each(cases)('$action $resolved/$satisfaction after $reopenCount 重办 → $expected.status', ({ action, resolved, satisfaction, reopenCount, expected }) => {
    const actor = action === 'feedback' ? actors.requester : actors.cadre;
    const input = { resolved, satisfaction, ...(action === 'return_visit' ? { channel: 'phone' } : {}) };
    const result = applyTransition(requestWorkflow, at('resolved', reopenCount), action, actor, input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.state).toEqual({ status: expected.status, reopenCount: expected.reopenCount });
    expect(result.event.to).toBe(expected.status);
    expect(result.event.escalate === true).toBe(expected.escalate);
    expect('escalate' in result.event).toBe(expected.escalate);
  });

  it('allows exactly two 重办 before escalating', () => {
    expect(MAX_REOPENS).toBe(2);
  });
});

describe("a merged request's own answer", () => {
  it.each([
    ['feedback', 'requester'],
    ['return_visit', 'cadre'],
  ] as const)('%s is refused (not yet) until the followed request is done, and after it was given', (action, name) => {
    const input = { resolved: 'resolved', satisfaction: 'satisfied', channel: 'phone' };
    expect(applyTransition(requestWorkflow, mergedAt({ done: false, answered: false }), action, actors[name], input)).toEqual({
      ok: false,
      error: { code: 'INVALID_TRANSITION', message: 'the request this one was merged into is not resolved yet' },
    });
    expect(applyTransition(requestWorkflow, mergedAt({ done: true, answered: true }), action, actors[name], input)).toEqual({
      ok: false,
      error: { code: 'INVALID_TRANSITION', message: 'the requester has already answered' },
    });
    expect(applyTransition(requestWorkflow, at('merged'), action, actors[name], input)).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } });
  });

  it.each([
    ['resolved', 'satisfied'],
    ['unresolved', 'dissatisfied'],
  ])('%s/%s is recorded and the request stays merged: no 重办, no 督办 (the work was the followed one)', (resolved, satisfaction) => {
    const result = applyTransition(requestWorkflow, mergedAt(FOLLOWED_DONE), 'feedback', actors.anonymousRequester, { resolved, satisfaction });
    expect(result).toEqual({
      ok: true,
      state: mergedAt(FOLLOWED_DONE),
      event: { action: 'feedback', from: 'merged', to: 'merged', actorId: null, payload: { resolved, satisfaction } },
    });
  });

  it("is not the handler's or a stranger's to give", () => {
    for (const name of ['worker', 'handler', 'leader', 'system'] as const) {
      expect(applyTransition(requestWorkflow, mergedAt(FOLLOWED_DONE), 'feedback', actors[name], VALID_INPUT.feedback)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });
});

describe('a cancelled project hands its requests back', () => {
  it('to the handler they had, or to the unit when nobody was assigned', () => {
    const system = actors.system;
    const back = (toHandler?: boolean) =>
      applyTransition(requestWorkflow, at('in_project', 1), 'unlink_project', system, { reason: '项目取消', ...(toHandler === undefined ? {} : { toHandler }) });
    expect(back(true)).toMatchObject({ ok: true, state: { status: 'in_progress', reopenCount: 1 }, event: { from: 'in_project', to: 'in_progress' } });
    expect(back(false)).toMatchObject({ ok: true, state: { status: 'accepted', reopenCount: 1 } });
    expect(back()).toMatchObject({ ok: true, state: { status: 'accepted' } });
    expect(applyTransition(requestWorkflow, at('in_project'), 'unlink_project', actors.cadre, { reason: '项目取消' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('availableActions (the buttons)', () => {
  it.each([
    ['submitted', 'cadre', ['accept', 'reject', 'transfer', 'merge', 'note']],
    ['accepted', 'cadre', ['transfer', 'merge', 'assign', 'link_project', 'note', 'request_extension']],
    ['in_progress', 'cadre', ['assign', 'link_project', 'resolve', 'note', 'request_extension']],
    ['in_project', 'cadre', ['resolve', 'note']],
    ['resolved', 'cadre', ['return_visit', 'note']],
    ['submitted', 'requester', ['withdraw']],
    ['accepted', 'requester', ['withdraw']],
    ['resolved', 'requester', ['feedback']],
    ['in_progress', 'handler', ['resolve', 'note', 'request_extension']],
    ['in_progress', 'leader', ['supervise', 'decide_extension']],
    ['submitted', 'system', ['escalate']],
    ['resolved', 'system', ['close_unrated']],
    ['in_project', 'system', ['unlink_project', 'resolve']],
    ['in_progress', 'worker', []],
    ['closed', 'cadre', []],
    ['merged', 'requester', []],
    ['merged', 'cadre', []],
  ] as [RequestStatus, ActorName, RequestAction[]][])('%s for the %s: %j', (status, name, expected) => {
    expect(availableActions(requestWorkflow, at(status), actors[name])).toEqual(expected);
  });

  it.each([
    [{ done: false, answered: false }, 'requester', []],
    [{ done: true, answered: false }, 'requester', ['feedback']],
    [{ done: true, answered: false }, 'anonymousRequester', ['feedback']],
    [{ done: true, answered: false }, 'cadre', ['return_visit']],
    [{ done: true, answered: true }, 'requester', []],
    [{ done: true, answered: true }, 'cadre', []],
  ] as [RequestState['followed'], ActorName, RequestAction[]][])('merged, followed %j, for the %s: %j', (followed, name, expected) => {
    expect(availableActions(requestWorkflow, mergedAt(followed), actors[name])).toEqual(expected);
  });

  it('agrees with applyTransition for every status, actor and action', () => {
    const states = [...REQUEST_STATUSES.map((status) => at(status)), mergedAt(FOLLOWED_DONE), mergedAt({ done: true, answered: true }), mergedAt({ done: false, answered: false })];
    for (const state of states) {
      for (const name of ACTOR_NAMES) {
        const offered = availableActions(requestWorkflow, state, actors[name]);
        for (const action of REQUEST_ACTIONS) {
          const applied = applyTransition(requestWorkflow, state, action, actors[name], VALID_INPUT[action]);
          expect([action, applied.ok]).toEqual([action, offered.includes(action)]);
        }
      }
    }
  });
});

describe('properties', () => {
  const actorArb = fc.constantFrom(...Object.values(actors), everyone);
  const inputArb = fc.oneof(
    fc.constantFrom(...Object.values(VALID_INPUT)),
    fc.constant({ resolved: 'unresolved', satisfaction: 'dissatisfied', channel: 'phone' }),
    fc.constant({ resolved: 'partly', satisfaction: 'dissatisfied' }),
    fc.anything(),
  );
  const stepArb = fc.record({ action: fc.constantFrom(...REQUEST_ACTIONS, 'bogus'), actor: actorArb, input: inputArb });

  it('never reaches an undefined status, keeps reopenCount within 0..2 and events consistent', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 40 }), (steps) => {
        let state = at('submitted');
        for (const step of steps) {
          const result = applyTransition(requestWorkflow, state, step.action, step.actor, step.input);
          if (!result.ok) continue;
          expect(REQUEST_STATUSES).toContain(result.state.status);
          expect(result.event.from).toBe(state.status);
          expect(result.event.to).toBe(result.state.status);
          expect(result.state.reopenCount).toBeGreaterThanOrEqual(state.reopenCount);
          expect(result.state.reopenCount).toBeLessThanOrEqual(MAX_REOPENS);
          state = result.state;
        }
      }),
    );
  });

  it("lets no action leave a terminal status; the only one taken in one is a merged request's own answer", () => {
    const followedArb = fc.option(fc.record({ done: fc.boolean(), answered: fc.boolean() }), { nil: undefined });
    fc.assert(
      fc.property(fc.constantFrom(...TERMINAL), fc.nat(MAX_REOPENS), followedArb, stepArb, (status, reopenCount, followed, step) => {
        const state: RequestState = followed ? { status, reopenCount, followed } : { status, reopenCount };
        const result = applyTransition(requestWorkflow, state, step.action, step.actor, step.input);
        if (!result.ok) {
          expect(['INVALID_TRANSITION', 'FORBIDDEN', 'MISSING_INPUT']).toContain(result.error.code);
          if (status !== 'merged') expect(result.error.code).toBe('INVALID_TRANSITION');
          return;
        }
        expect(status).toBe('merged');
        expect(followed).toEqual(FOLLOWED_DONE);
        expect(['feedback', 'return_visit']).toContain(result.event.action);
        expect(result.state).toEqual(state);
      }),
    );
  });

  it('reaches every status from submitted', () => {
    const seen = new Set<RequestStatus>(['submitted']);
    let frontier: RequestState[] = [at('submitted')];
    while (frontier.length > 0) {
      const next: RequestState[] = [];
      for (const state of frontier) {
        for (const action of REQUEST_ACTIONS) {
          for (const input of [VALID_INPUT[action], { resolved: 'unresolved', satisfaction: 'dissatisfied', channel: 'other' }]) {
            const result = applyTransition(requestWorkflow, state, action, everyone, input);
            if (result.ok && !seen.has(result.state.status)) {
              seen.add(result.state.status);
              next.push(result.state);
            }
          }
        }
      }
      frontier = next;
    }
    expect([...seen].sort()).toEqual([...REQUEST_STATUSES].sort());
  });
});
