// 6. The five 实事项目, oldest first: each drafted by its town's cadre with its requests (accepted first where still
// waiting, then linked: in_project), then taken as far as its theme says — submitted, approved by the district leader,
// started, completed (which resolves its requests, by the system, as the API does).
import { DAY_MS, HOUR_MS, type Actor, type ProjectStatus } from '@banshishi/workflow';
import { randomUUID } from 'node:crypto';
import { stepProject, type ProjectStep } from '../../../modules/projects/project-transitions.service';
import type { ProjectPlan } from './choose-project-requests';
import { MINUTE_MS, type Story } from './story';

/** The columns a project's transitions move (ProjectEntity's names). */
export interface ProjectColumns {
  status: ProjectStatus;
  approvedAt: Date | null;
  startedAt: Date | null;
  completedAt: Date | null;
  report: string | null;
  beneficiariesReached: number | null;
  score: string | null;
  evaluationComment: string | null;
}

export interface ProjectEventRow {
  action: string;
  from: string | null;
  to: string;
  actorId: string | null;
  payload: Record<string, unknown>;
  public: boolean;
  at: number;
}

export interface ProjectSim extends ProjectColumns {
  id: string;
  plan: ProjectPlan;
  version: number;
  /** time of the latest event */
  last: number;
  events: ProjectEventRow[];
  links: { requestId: string; linkedBy: string; at: number }[];
}

/** Oldest first, so their codes run in order. */
export function playProjects(story: Story, plans: readonly ProjectPlan[]): ProjectSim[] {
  return [...plans].sort((a, b) => a.createdAt - b.createdAt).map((plan) => playProject(story, plan));
}

function playProject(story: Story, plan: ProjectPlan): ProjectSim {
  const owner = story.cadre(plan.town);
  const project = draft(plan, owner);
  linkRequests(story, project, owner);
  const { comments } = plan.theme;
  const steps: readonly [string, Actor, Record<string, unknown>][] = [
    ['submit', owner, { comment: comments.submit }],
    ['approve', story.leader, { comment: comments.approve }],
    ['start', owner, {}],
    ['complete', owner, { report: comments.report }],
  ];
  for (const [i, days] of plan.theme.steps.entries()) {
    const [action, actor, input] = steps[i];
    const at = Math.min(story.office(plan.createdAt + days * DAY_MS), story.limit);
    act(project, action, actor, input, at);
    if (action === 'complete') resolveRequests(story, project, comments.report, at);
  }
  if (project.status !== plan.theme.status) throw new Error(`demo story: project ${plan.theme.title} ended ${project.status}, meant ${plan.theme.status}`);
  return project;
}

function draft(plan: ProjectPlan, owner: Actor): ProjectSim {
  const columns: ProjectColumns = {
    status: 'draft',
    approvedAt: null,
    startedAt: null,
    completedAt: null,
    report: null,
    beneficiariesReached: null,
    score: null,
    evaluationComment: null,
  };
  const created: ProjectEventRow = {
    action: 'create',
    from: null,
    to: 'draft',
    actorId: owner.id,
    payload: { requestCount: plan.members.length },
    public: false,
    at: plan.createdAt,
  };
  return { ...columns, id: randomUUID(), plan, version: 1, last: plan.createdAt, events: [created], links: [] };
}

/** Its requests join it as it is drafted: accepted first where still waiting, then linked (in_project). */
function linkRequests(story: Story, project: ProjectSim, owner: Actor): void {
  const { createdAt } = project.plan;
  for (const member of project.plan.members) {
    if (member.status === 'submitted') {
      const at = story.later(member, 2, 30);
      story.act(member, 'accept', owner, {}, at !== null && at < createdAt ? at : Math.max(member.last + HOUR_MS, createdAt - 2 * HOUR_MS));
    }
    const linkAt = Math.max(createdAt + MINUTE_MS, member.last + MINUTE_MS);
    story.act(member, 'link_project', owner, { projectId: project.id }, linkAt);
    project.links.push({ requestId: member.facts.id, linkedBy: owner.id ?? '', at: linkAt });
  }
}

/** A completed project resolves its requests: the system, through the requests' own transition (as the API does). */
function resolveRequests(story: Story, project: ProjectSim, report: string, at: number): void {
  for (const member of project.plan.members) {
    if (member.status === 'in_project') story.act(member, 'resolve', story.system, { resolution: report }, Math.max(at, member.last + MINUTE_MS));
  }
}

/** One action on the project: the API's step (transition table, then the columns it moves), then the event. */
function act(project: ProjectSim, action: string, actor: Actor, input: Record<string, unknown>, at: number): void {
  const { state, event, changes, public: isPublic } = step(project, action, actor, input, at);
  Object.assign(project, changes, { status: state.status, version: project.version + 1, last: Math.max(project.last, at) });
  project.events.push({ action, from: event.from, to: event.to, actorId: event.actorId, payload: event.payload as Record<string, unknown>, public: isPublic, at });
}

function step(project: ProjectSim, action: string, actor: Actor, input: Record<string, unknown>, at: number): ProjectStep {
  try {
    // The demo's projects plan no milestones, so none is open when they complete.
    return stepProject({ status: project.status, openMilestones: 0 }, action, actor, input, new Date(at));
  } catch (error) {
    throw new Error(`demo story: project ${project.plan.theme.title} ${action}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
