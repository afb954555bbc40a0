// THE transition table for 实事项目: 项目确定 (draft → approval) through 精准实施 to 评估问效.

import { hasRole, type Actor } from '../actor';
import { defineAction } from '../define-action';
import { fields } from '../input-fields';
import { inputSchema, type InputSchema } from '../input-schema';
import type { MachineDefinition } from '../machine-definition';
import { PROJECT_ACTION_LABELS, type ProjectAction } from './project-actions';
import { PROJECT_OPEN_STATUSES, PROJECT_STATUSES, PROJECT_STATUS_LABELS, PROJECT_TERMINAL_STATUSES, type ProjectState, type ProjectStatus } from './project-status';

const rule = defineAction<ProjectStatus, ProjectState>();

const isCadre = (actor: Actor): boolean => hasRole(actor, 'cadre');
const isLeader = (actor: Actor): boolean => hasRole(actor, 'leader');

/** A milestone is done or waived only while one is open. */
const someMilestoneOpen = (state: ProjectState): string | null => (state.openMilestones > 0 ? null : 'no milestone is open');

const projectTransitions = {
  // Content changes only while nobody has approved it; after that the approved text is what was 公示.
  edit: rule({ from: ['draft'], who: 'cadre', allows: isCadre, input: inputSchema({}), effect: { kind: 'stay' } }),
  submit: rule({
    from: ['draft'],
    who: 'cadre',
    allows: isCadre,
    input: inputSchema({ comment: fields.optional(fields.text()) }),
    effect: { kind: 'goto', to: 'pending_approval' },
  }),
  approve: rule({
    from: ['pending_approval'],
    who: 'leader',
    allows: isLeader,
    input: inputSchema({ comment: fields.optional(fields.text()) }),
    effect: { kind: 'goto', to: 'approved' },
  }),
  // Sent back for changes: the cadre needs to know what to change.
  return: rule({
    from: ['pending_approval'],
    who: 'leader',
    allows: isLeader,
    input: inputSchema({ comment: fields.text() }),
    effect: { kind: 'goto', to: 'draft' },
  }),
  reject: rule({
    from: ['pending_approval'],
    who: 'leader',
    allows: isLeader,
    input: inputSchema({ reason: fields.text() }),
    effect: { kind: 'goto', to: 'rejected' },
  }),
  start: rule({
    from: ['approved'],
    who: 'cadre',
    allows: isCadre,
    input: inputSchema({}),
    effect: { kind: 'goto', to: 'implementing' },
  }),
  // DOMAIN: completed means every milestone done, or waived by the approver (a leader) with a recorded reason.
  complete: rule({
    from: ['implementing'],
    who: 'cadre',
    allows: isCadre,
    guard: (state) => (state.openMilestones > 0 ? `${state.openMilestones} milestone(s) are neither done nor waived` : null),
    // 评估问效 compares the people the project reached with those it expected to.
    input: inputSchema({ report: fields.text(), beneficiariesReached: fields.optional(fields.wholeNumberBetween(0, 10_000_000)) }),
    effect: { kind: 'goto', to: 'completed' },
  }),
  evaluate: rule({
    from: ['completed'],
    who: 'leader',
    allows: isLeader,
    input: inputSchema({ score: fields.numberBetween(0, 100), comment: fields.text() }),
    effect: { kind: 'goto', to: 'evaluated' },
  }),
  cancel: rule({
    from: PROJECT_OPEN_STATUSES,
    who: 'cadre or leader',
    allows: (actor) => isCadre(actor) || isLeader(actor),
    input: inputSchema({ reason: fields.text() }),
    effect: { kind: 'goto', to: 'cancelled' },
  }),
  // 精准实施: milestones are planned once the project is approved, and done (with evidence) while it is implemented.
  plan_milestone: rule({
    from: ['approved', 'implementing'],
    who: 'cadre',
    allows: isCadre,
    input: inputSchema({ title: fields.text(), dueDate: fields.date() }),
    effect: { kind: 'stay' },
  }),
  complete_milestone: rule({
    from: ['implementing'],
    who: 'cadre',
    allows: isCadre,
    guard: someMilestoneOpen,
    input: inputSchema({ milestoneId: fields.text(), evidence: fields.text() }),
    effect: { kind: 'stay' },
  }),
  // The approver's explicit waiver of a milestone that will not be done (the work changed, the need went away): a
  // leader, with the reason on the public timeline. A waived milestone counts as settled for completion, never as done.
  waive_milestone: rule({
    from: ['implementing'],
    who: 'leader',
    allows: isLeader,
    guard: someMilestoneOpen,
    input: inputSchema({ milestoneId: fields.text(), reason: fields.text() }),
    effect: { kind: 'stay' },
  }),
  // A leader's 督办 on a project still under way: a note and a deadline, no status change.
  supervise: rule({
    from: PROJECT_OPEN_STATUSES,
    who: 'leader',
    allows: isLeader,
    input: inputSchema({ note: fields.text(), deadline: fields.date() }),
    effect: { kind: 'stay' },
  }),
} satisfies Record<ProjectAction, unknown>;

type ProjectTransitions = typeof projectTransitions;

/** The validated payload each action records on the project's timeline. */
export type ProjectPayloads = {
  [A in ProjectAction]: ProjectTransitions[A] extends { input: InputSchema<infer P> } ? P : never;
};

export const projectWorkflow: MachineDefinition<ProjectStatus, ProjectAction, ProjectState, ProjectPayloads> = {
  name: 'project',
  statuses: PROJECT_STATUSES,
  terminal: PROJECT_TERMINAL_STATUSES,
  statusLabels: PROJECT_STATUS_LABELS,
  actionLabels: PROJECT_ACTION_LABELS,
  actions: projectTransitions,
};
