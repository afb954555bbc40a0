// THE transition table for requests: for each action, from which statuses, to what,
// who may do it and what input it needs. Nothing else in the system changes a request's status.

import { hasRole, type Actor } from '../actor';
import { defineAction } from '../define-action';
import { fields } from '../input-fields';
import { inputSchema, type InputSchema } from '../input-schema';
import type { Decision, MachineDefinition } from '../machine-definition';
import { ESCALATION_LEVELS, EXTENSION_DECISIONS, REQUEST_ACTION_LABELS, type RequestAction } from './request-actions';
import { ANSWER_RESOLVED, ANSWER_SATISFACTION, RETURN_VISIT_CHANNELS, isNegativeAnswer, type AnswerResolved, type AnswerSatisfaction } from './request-answer';
import {
  REQUEST_LINKABLE_STATUSES,
  REQUEST_OPEN_STATUSES,
  REQUEST_STATUSES,
  REQUEST_STATUS_LABELS,
  REQUEST_TERMINAL_STATUSES,
  type RequestState,
  type RequestStatus,
} from './request-status';

/** After this many 重办, a further negative answer closes the request and escalates it instead. */
export const MAX_REOPENS = 2;

const rule = defineAction<RequestStatus, RequestState>();

const isCadre = (actor: Actor): boolean => hasRole(actor, 'cadre');
const isLeader = (actor: Actor): boolean => hasRole(actor, 'leader');
const isRequester = (actor: Actor): boolean => actor.isRequester === true;
const isSystem = (actor: Actor): boolean => actor.system === true;
const isHandlerOrCadre = (actor: Actor): boolean => actor.isHandler === true || isCadre(actor);

const answerFields = {
  resolved: fields.oneOf(ANSWER_RESOLVED),
  satisfaction: fields.oneOf(ANSWER_SATISFACTION),
  comment: fields.optional(fields.text()),
};

function afterAnswer(state: RequestState, answer: { readonly resolved: AnswerResolved; readonly satisfaction: AnswerSatisfaction }): Decision<RequestState> {
  // A merged request's requester answers for themselves; the work was the followed request's, so nothing reopens here.
  if (state.status === 'merged') return { state: { ...state } };
  if (!isNegativeAnswer(answer)) return { state: { ...state, status: 'closed' } };
  // Two rounds of 重办 have not satisfied the worker: stop looping and put it before the leader.
  if (state.reopenCount >= MAX_REOPENS) return { state: { ...state, status: 'closed' }, escalate: true };
  return { state: { ...state, status: 'in_progress', reopenCount: state.reopenCount + 1 } };
}

/** A merged request is answered once its followed request is done, and once only; any other request has no such rule. */
function followerMayAnswer(state: RequestState): string | null {
  if (state.status !== 'merged') return null;
  if (!state.followed?.done) return 'the request this one was merged into is not resolved yet';
  if (state.followed.answered) return 'the requester has already answered';
  return null;
}

/** Where an answer is taken: a resolved request, and a merged one whose followed request is done (see followerMayAnswer). */
const ANSWERABLE: readonly RequestStatus[] = ['resolved', 'merged'];

const requestTransitions = {
  accept: rule({
    from: ['submitted'],
    who: 'cadre',
    allows: isCadre,
    input: inputSchema({}),
    effect: { kind: 'goto', to: 'accepted' },
  }),
  reject: rule({
    from: ['submitted'],
    who: 'cadre',
    allows: isCadre,
    input: inputSchema({ reason: fields.text() }),
    effect: { kind: 'goto', to: 'rejected' },
  }),
  // The request waits again for triage, at the new unit; the api moves the handling unit and keeps the clocks.
  transfer: rule({
    from: ['submitted', 'accepted'],
    who: 'cadre',
    allows: isCadre,
    input: inputSchema({ unitId: fields.text(), reason: fields.text() }),
    effect: { kind: 'decide', outcomes: ['submitted'], decide: (state) => ({ state: { ...state, status: 'submitted' } }) },
  }),
  merge: rule({
    from: ['submitted', 'accepted'],
    who: 'cadre',
    allows: isCadre,
    input: inputSchema({ targetId: fields.text() }),
    effect: { kind: 'goto', to: 'merged' },
  }),
  assign: rule({
    from: ['accepted', 'in_progress'],
    who: 'cadre',
    allows: isCadre,
    input: inputSchema({ handlerId: fields.text() }),
    effect: { kind: 'goto', to: 'in_progress' },
  }),
  link_project: rule({
    from: REQUEST_LINKABLE_STATUSES,
    who: 'cadre',
    allows: isCadre,
    input: inputSchema({ projectId: fields.text() }),
    effect: { kind: 'goto', to: 'in_project' },
  }),
  // A cancelled project hands its requests back (the system, when the project is cancelled): to the handler they had
  // (in_progress), or to the unit's inbox when nobody was assigned (accepted). The resolution clock runs again.
  unlink_project: rule({
    from: ['in_project'],
    who: 'system',
    allows: isSystem,
    input: inputSchema({ reason: fields.text(), toHandler: fields.optional(fields.flag()) }),
    effect: {
      kind: 'decide',
      outcomes: ['accepted', 'in_progress'],
      decide: (state, input) => ({ state: { ...state, status: input.toHandler === true ? 'in_progress' : 'accepted' } }),
    },
  }),
  // From in_project this is how a completed project resolves its requests, so the system may do it there.
  resolve: rule({
    from: ['in_progress', 'in_project'],
    who: 'handler or cadre (or the system, for a request in a completed project)',
    allows: (actor, state) => isHandlerOrCadre(actor) || (state.status === 'in_project' && isSystem(actor)),
    input: inputSchema({ resolution: fields.text() }),
    effect: { kind: 'goto', to: 'resolved' },
  }),
  feedback: rule({
    from: ANSWERABLE,
    who: 'requester',
    allows: isRequester,
    guard: followerMayAnswer,
    input: inputSchema(answerFields),
    effect: { kind: 'decide', outcomes: ['closed', 'in_progress', 'merged'], decide: afterAnswer },
  }),
  // A cadre records the answer the requester gave by phone or in person: same effect as feedback.
  return_visit: rule({
    from: ANSWERABLE,
    who: 'cadre',
    allows: isCadre,
    guard: followerMayAnswer,
    input: inputSchema({ ...answerFields, channel: fields.oneOf(RETURN_VISIT_CHANNELS) }),
    effect: { kind: 'decide', outcomes: ['closed', 'in_progress', 'merged'], decide: afterAnswer },
  }),
  withdraw: rule({
    from: ['submitted', 'accepted'],
    who: 'requester',
    allows: isRequester,
    input: inputSchema({ reason: fields.optional(fields.text()) }),
    effect: { kind: 'goto', to: 'withdrawn' },
  }),
  close_unrated: rule({
    from: ['resolved'],
    who: 'system',
    allows: isSystem,
    input: inputSchema({}),
    effect: { kind: 'goto', to: 'closed' },
  }),
  note: rule({
    from: REQUEST_OPEN_STATUSES,
    who: 'cadre or handler',
    allows: isHandlerOrCadre,
    input: inputSchema({
      note: fields.text(),
      contacted: fields.optional(fields.flag()),
      public: fields.optional(fields.flag()),
    }),
    effect: { kind: 'stay' },
  }),
  supervise: rule({
    from: REQUEST_OPEN_STATUSES,
    who: 'leader',
    allows: isLeader,
    input: inputSchema({ note: fields.text(), deadline: fields.date() }),
    effect: { kind: 'stay' },
  }),
  // 延期: asked for while the resolution clock runs (the api checks it is before the due time), decided by a leader.
  request_extension: rule({
    from: ['accepted', 'in_progress'],
    who: 'handler or cadre',
    allows: isHandlerOrCadre,
    input: inputSchema({ days: fields.wholeNumberBetween(1, 60), reason: fields.text() }),
    effect: { kind: 'stay' },
  }),
  decide_extension: rule({
    from: ['accepted', 'in_progress'],
    who: 'leader',
    allows: isLeader,
    input: inputSchema({ decision: fields.oneOf(EXTENSION_DECISIONS), comment: fields.optional(fields.text()) }),
    effect: { kind: 'stay' },
  }),
  // The clocks' own 督办: when a running clock is overdue, and past the category's grace (to the parent unit).
  escalate: rule({
    from: ['submitted', 'accepted', 'in_progress'],
    who: 'system',
    allows: isSystem,
    input: inputSchema({ level: fields.oneOf(ESCALATION_LEVELS), note: fields.text() }),
    effect: { kind: 'stay' },
  }),
} satisfies Record<RequestAction, unknown>;

type RequestTransitions = typeof requestTransitions;

/** The validated payload each action records on the timeline. */
export type RequestPayloads = {
  [A in RequestAction]: RequestTransitions[A] extends { input: InputSchema<infer P> } ? P : never;
};

export const requestWorkflow: MachineDefinition<RequestStatus, RequestAction, RequestState, RequestPayloads> = {
  name: 'request',
  statuses: REQUEST_STATUSES,
  terminal: REQUEST_TERMINAL_STATUSES,
  statusLabels: REQUEST_STATUS_LABELS,
  actionLabels: REQUEST_ACTION_LABELS,
  actions: requestTransitions,
};
