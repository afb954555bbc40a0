import fc from 'fast-check';
import type { Actor } from '../actor';
import { applyTransition } from '../apply-transition';
import { availableActions } from '../available-actions';
import { isTerminal } from '../is-terminal';
import { PROJECT_ACTIONS, type ProjectAction } from './project-actions';
import { PROJECT_STATUSES, type ProjectState, type ProjectStatus } from './project-status';
import { projectWorkflow } from './project-transitions';

// Hand-written from DOMAIN.md "A project's life"; the table must match it, not the other way round.

const actors = {
  worker: { id: 'w-1', roles: ['worker'] },
  cadre: { id: 'c-1', roles: ['cadre'] },
  leader: { id: 'l-1', roles: ['leader'] },
  admin: { id: 'a-1', roles: ['admin'] },
  handler: { id: 'h-1', roles: ['worker'], isHandler: true },
  system: { id: null, roles: [], system: true },
} satisfies Record<string, Actor>;
type ActorName = keyof typeof actors;
const ACTOR_NAMES = Object.keys(actors) as ActorName[];

const everyone: Actor = { id: 'x', roles: ['worker', 'cadre', 'leader', 'admin'], isHandler: true, isRequester: true, system: true };

const VALID_INPUT: Record<ProjectAction, Record<string, unknown>> = {
  edit: {},
  submit: {},
  approve: { comment: '同意立项' },
  return: { comment: '请补充预算' },
  reject: { reason: '不属于工会职责' },
  start: {},
  complete: { report: '已为120名职工完成技能培训', beneficiariesReached: 120 },
  evaluate: { score: 88, comment: '按期完成，职工满意' },
  cancel: { reason: '企业已自行解决' },
  plan_milestone: { title: '完成食堂窗口改造', dueDate: '2026-12-20' },
  complete_milestone: { milestoneId: 'ms-1', evidence: '新增两个窗口已投入使用，见照片' },
  waive_milestone: { milestoneId: 'ms-2', reason: '企业已自行改造，节点不再需要' },
  supervise: { note: '请月底前完成第一批窗口改造', deadline: '2026-12-31' },
};

const ALLOWED: readonly [ProjectAction, ProjectStatus, ProjectStatus][] = [
  ['edit', 'draft', 'draft'],
  ['submit', 'draft', 'pending_approval'],
  ['approve', 'pending_approval', 'approved'],
  ['return', 'pending_approval', 'draft'],
  ['reject', 'pending_approval', 'rejected'],
  ['start', 'approved', 'implementing'],
  ['complete', 'implementing', 'completed'],
  ['evaluate', 'completed', 'evaluated'],
  ['cancel', 'draft', 'cancelled'],
  ['cancel', 'pending_approval', 'cancelled'],
  ['cancel', 'approved', 'cancelled'],
  ['cancel', 'implementing', 'cancelled'],
  ['plan_milestone', 'approved', 'approved'],
  ['plan_milestone', 'implementing', 'implementing'],
  ['complete_milestone', 'implementing', 'implementing'],
  ['waive_milestone', 'implementing', 'implementing'],
  ['supervise', 'draft', 'draft'],
  ['supervise', 'pending_approval', 'pending_approval'],
  ['supervise', 'approved', 'approved'],
  ['supervise', 'implementing', 'implementing'],
];

const MAY_ACT: Record<ProjectAction, ActorName[]> = {
  edit: ['cadre'],
  submit: ['cadre'],
  approve: ['leader'],
  return: ['leader'],
  reject: ['leader'],
  start: ['cadre'],
  complete: ['cadre'],
  evaluate: ['leader'],
  cancel: ['cadre', 'leader'],
  plan_milestone: ['cadre'],
  complete_milestone: ['cadre'],
  waive_milestone: ['leader'],
  supervise: ['leader'],
};

const REQUIRED_FIELDS: Record<ProjectAction, string[]> = {
  edit: [],
  submit: [],
  approve: [],
  return: ['comment'],
  reject: ['reason'],
  start: [],
  complete: ['report'],
  evaluate: ['score', 'comment'],
  cancel: ['reason'],
  plan_milestone: ['title', 'dueDate'],
  complete_milestone: ['milestoneId', 'evidence'],
  waive_milestone: ['milestoneId', 'reason'],
  supervise: ['note', 'deadline'],
};

const TERMINAL: ProjectStatus[] = ['rejected', 'evaluated', 'cancelled'];

const at = (status: ProjectStatus, openMilestones = 0): ProjectState => ({ status, openMilestones });
/** Where an action is allowed from: a milestone is done or waived while one is open; the project completed when none is. */
const MILESTONE_ACTIONS: readonly ProjectAction[] = ['complete_milestone', 'waive_milestone'];
const startOf = (action: ProjectAction, status: ProjectStatus): ProjectState => at(status, MILESTONE_ACTIONS.includes(action) ? 1 : 0);
const pairKey = (action: string, from: string): string => `${action}@${from}`;
const firstFrom = (action: ProjectAction): ProjectStatus => ALLOWED.find(([a]) => a === action)![1];
const allowedActor = (action: ProjectAction): Actor => actors[MAY_ACT[action][0]!];

describe('project transition table', () => {
  it('holds exactly the allowed (action, from) pairs', () => {
    const table = PROJECT_ACTIONS.flatMap((action) => projectWorkflow.actions[action].from.map((from) => pairKey(action, from)));
    expect([...table].sort()).toEqual(ALLOWED.map(([action, from]) => pairKey(action, from)).sort());
  });

  it('names the terminal statuses; completed still awaits evaluation', () => {
    expect(PROJECT_STATUSES.filter((status) => isTerminal(projectWorkflow, status))).toEqual(TERMINAL);
    expect(isTerminal(projectWorkflow, 'completed')).toBe(false);
  });

  it.each(ALLOWED)('%s from %s goes to %s', (action, from, to) => {
    const actor = allowedActor(action);
    const result = applyTransition(projectWorkflow, startOf(action, from), action, actor, VALID_INPUT[action]);
    expect(result).toEqual({
      ok: true,
      state: { ...startOf(action, from), status: to },
      event: { action, from, to, actorId: actor.id, payload: VALID_INPUT[action] },
    });
    expect(availableActions(projectWorkflow, startOf(action, from), actor)).toContain(action);
  });

  const allowedKeys = new Set(ALLOWED.map(([action, from]) => pairKey(action, from)));
  const forbidden = PROJECT_ACTIONS.flatMap((action) =>
    PROJECT_STATUSES.filter((from) => !allowedKeys.has(pairKey(action, from))).map((from): [ProjectAction, ProjectStatus] => [action, from]),
  );

  it('leaves the complement of the allowed pairs as forbidden', () => {
    expect(forbidden).toHaveLength(PROJECT_ACTIONS.length * PROJECT_STATUSES.length - ALLOWED.length);
  });

  it.each(forbidden)('refuses %s from %s as INVALID_TRANSITION', (action, from) => {
    const result = applyTransition(projectWorkflow, startOf(action, from), action, everyone, VALID_INPUT[action]);
    expect(!result.ok && result.error.code).toBe('INVALID_TRANSITION');
    expect(availableActions(projectWorkflow, startOf(action, from), everyone)).not.toContain(action);
  });

  it('does not let a completed project be cancelled', () => {
    const result = applyTransition(projectWorkflow, at('completed'), 'cancel', actors.leader, { reason: 'x' });
    expect(!result.ok && result.error.code).toBe('INVALID_TRANSITION');
  });
});

describe('who may act on a project', () => {
  const cases = PROJECT_ACTIONS.flatMap((action) => ACTOR_NAMES.map((name): [ProjectAction, ActorName, boolean] => [action, name, MAY_ACT[action].includes(name)]));

  it.each(cases)('%s by %s: allowed=%p', (action, name, allowed) => {
    const result = applyTransition(projectWorkflow, startOf(action, firstFrom(action)), action, actors[name], VALID_INPUT[action]);
    expect(result.ok ? 'ok' : result.error.code).toBe(allowed ? 'ok' : 'FORBIDDEN');
  });

  it.each([
    ['draft', 'cadre', ['edit', 'submit', 'cancel']],
    ['pending_approval', 'leader', ['approve', 'return', 'reject', 'cancel', 'supervise']],
    ['pending_approval', 'cadre', ['cancel']],
    ['approved', 'cadre', ['start', 'cancel', 'plan_milestone']],
    ['implementing', 'cadre', ['complete', 'cancel', 'plan_milestone']],
    ['implementing', 'leader', ['cancel', 'supervise']],
    ['completed', 'leader', ['evaluate']],
    ['completed', 'cadre', []],
    ['draft', 'admin', []],
  ] as [ProjectStatus, ActorName, ProjectAction[]][])('buttons in %s for the %s: %j', (status, name, expected) => {
    expect(availableActions(projectWorkflow, at(status), actors[name])).toEqual(expected);
  });
});

describe('completion needs every milestone done or waived', () => {
  it.each([1, 2])('refuses complete with %p milestone(s) neither done nor waived, and does not offer it', (open) => {
    const result = applyTransition(projectWorkflow, at('implementing', open), 'complete', actors.cadre, VALID_INPUT.complete);
    expect(result).toEqual({ ok: false, error: { code: 'INVALID_TRANSITION', message: `${open} milestone(s) are neither done nor waived` } });
    expect(availableActions(projectWorkflow, at('implementing', open), actors.cadre)).not.toContain('complete');
    expect(availableActions(projectWorkflow, at('implementing', open), actors.cadre)).toContain('complete_milestone');
  });

  it('completes once none is open (every one done or waived, or none planned)', () => {
    expect(applyTransition(projectWorkflow, at('implementing', 0), 'complete', actors.cadre, VALID_INPUT.complete).ok).toBe(true);
  });

  it.each([
    ['complete_milestone', 'cadre'],
    ['waive_milestone', 'leader'],
  ] as const)('offers %s to the %s only while a milestone is open', (action, name) => {
    expect(availableActions(projectWorkflow, at('implementing', 1), actors[name])).toContain(action);
    expect(availableActions(projectWorkflow, at('implementing', 0), actors[name])).not.toContain(action);
    expect(applyTransition(projectWorkflow, at('implementing', 0), action, actors[name], VALID_INPUT[action])).toEqual({
      ok: false,
      error: { code: 'INVALID_TRANSITION', message: 'no milestone is open' },
    });
  });

  it('says "not you" before "not yet", and "not yet" before "fill this in"', () => {
    const notYou = applyTransition(projectWorkflow, at('implementing', 2), 'complete', actors.leader, VALID_INPUT.complete);
    expect(!notYou.ok && notYou.error.code).toBe('FORBIDDEN');
    const notYet = applyTransition(projectWorkflow, at('implementing', 2), 'complete', actors.cadre, {});
    expect(!notYet.ok && notYet.error.code).toBe('INVALID_TRANSITION');
  });

  it('lets only a leader (the approver) waive a milestone, with a reason', () => {
    expect(applyTransition(projectWorkflow, at('implementing', 1), 'waive_milestone', actors.cadre, VALID_INPUT.waive_milestone)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(applyTransition(projectWorkflow, at('implementing', 1), 'waive_milestone', actors.leader, { milestoneId: 'ms-2' })).toMatchObject({
      ok: false,
      error: { code: 'MISSING_INPUT', field: 'reason' },
    });
    expect(applyTransition(projectWorkflow, at('implementing', 1), 'waive_milestone', actors.leader, VALID_INPUT.waive_milestone)).toMatchObject({
      ok: true,
      event: { action: 'waive_milestone', payload: VALID_INPUT.waive_milestone },
    });
  });
});

describe('project input', () => {
  const cases = PROJECT_ACTIONS.flatMap((action) => REQUIRED_FIELDS[action].map((field): [ProjectAction, string] => [action, field]));

  it.each(cases)('%s without %s is MISSING_INPUT', (action, field) => {
    const { [field]: _dropped, ...rest } = VALID_INPUT[action];
    const result = applyTransition(projectWorkflow, startOf(action, firstFrom(action)), action, allowedActor(action), rest);
    expect(result).toEqual({ ok: false, error: { code: 'MISSING_INPUT', field, message: `${field} is required` } });
  });

  it.each([-1, 100.5, Number.NaN, '90', Infinity])('evaluate refuses the score %p', (score) => {
    const result = applyTransition(projectWorkflow, at('completed'), 'evaluate', actors.leader, { score, comment: '好' });
    expect(!result.ok && result.error).toMatchObject({ code: 'MISSING_INPUT', field: 'score' });
  });

  it.each([0, 100, 72.5])('evaluate accepts the score %p', (score) => {
    const result = applyTransition(projectWorkflow, at('completed'), 'evaluate', actors.leader, { score, comment: '好' });
    expect(result.ok && result.event.payload).toEqual({ score, comment: '好' });
  });
});

describe('project properties', () => {
  const stepArb = fc.record({
    action: fc.constantFrom(...PROJECT_ACTIONS, 'bogus'),
    actor: fc.constantFrom(...Object.values(actors), everyone),
    input: fc.oneof(fc.constantFrom(...Object.values(VALID_INPUT)), fc.anything()),
  });

  it('never reaches an undefined status', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 30 }), (steps) => {
        let state = at('draft');
        for (const step of steps) {
          const result = applyTransition(projectWorkflow, state, step.action, step.actor, step.input);
          if (!result.ok) continue;
          expect(PROJECT_STATUSES).toContain(result.state.status);
          expect(result.event.from).toBe(state.status);
          state = result.state;
        }
      }),
    );
  });

  it('lets no action leave a terminal status', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TERMINAL), stepArb, (status, step) => {
        const result = applyTransition(projectWorkflow, at(status), step.action, step.actor, step.input);
        expect(!result.ok && result.error.code).toBe('INVALID_TRANSITION');
      }),
    );
  });
});
