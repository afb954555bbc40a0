// Requests and 实事项目 made for a test through the real API, with the real actions: submit, act, inStatus (any request
// status), newProject, projectInStatus (any project status), milestones. Each set-up step throws with the server's
// answer when it is refused; what a test asserts, it sends itself (tryAct, tryProjectAct, or the plain request).
import type { CreatedRequest, CreateProjectRequest, CreateRequestRequest, ProjectDetail, RequestDetail } from '@banshishi/contracts';
import type { ProjectAction, ProjectStatus, RequestAction, RequestStatus } from '@banshishi/workflow';
import { bodyOf, type ApiResponse } from './http';
import { entryTokenOf, tokenOf, unitByName, type TestWorld } from './world';

/** Who acts: a username signed in to the world, or null for nobody signed in (an anonymous requester on the QR entry page). */
export type As = string | null;
type Input = Record<string, unknown>;

/** The demo worker's own unit, where a request goes unless a test says otherwise. */
const WORKERS_UNIT = '江海精密机械有限公司工会';
let seq = 0;

/** A request's fields, and `unit`: the name of the unit it is submitted at (as `unitId`, or anonymously as its entry token). */
export type SubmitInput = Partial<CreateRequestRequest> & { unit?: string };

/** A new request: by `as` (the worker unless given) at their own unit, or anonymously through a unit's QR entry. */
export async function submit(w: TestWorld, as: As = 'worker', input: SubmitInput = {}, options: { headers?: Record<string, string> } = {}): Promise<CreatedRequest> {
  const { unit, ...fields } = input;
  seq += 1;
  const where = as === null ? { entryToken: entryTokenOf(w, unit ?? WORKERS_UNIT), anonymous: true } : unit ? { unitId: unitByName(w, unit).id } : {};
  const body = { categoryId: w.categoryId, title: `职工诉求第${seq}件`, description: '新入职的职工没有更衣柜，衣物只能放在车间地上。', ...where, ...fields };
  const res = await w.api.request('POST', '/api/requests', { token: as === null ? undefined : tokenOf(w, as), headers: options.headers, body });
  return bodyOf(res, 201, 'submit');
}

/** A request as `as` (the cadre unless given) sees it. */
export async function detail(w: TestWorld, id: string, as = 'cadre'): Promise<RequestDetail> {
  return bodyOf(await w.api.request('GET', `/api/requests/${id}`, { token: tokenOf(w, as) }), 200, 'request detail');
}

/** Sends a request action's body as it is (the version included, or left out) and answers the response. */
export function tryAct(w: TestWorld, as: As, id: string, action: string, body: Input): Promise<ApiResponse> {
  return w.api.request('POST', `/api/requests/${id}/actions/${action}`, { token: as === null ? undefined : tokenOf(w, as), body });
}

/** A request action that must succeed; `input.version` when given, else the current version (read as `as`). */
export async function act(w: TestWorld, as: string, id: string, action: RequestAction, input: Input = {}): Promise<RequestDetail> {
  const version = input.version ?? (await detail(w, id, as)).version;
  return bodyOf(await tryAct(w, as, id, action, { ...input, version }), 200, action);
}

export interface InStatusOptions {
  /** who submits: the worker unless given; null for an anonymous requester */
  from?: As;
  /** the cadre who triages (and, unless `handler`, handles): 'cadre' unless given */
  by?: string;
  handler?: string;
  request?: SubmitInput;
  /** each action's input, over the defaults in inStatus */
  input?: Partial<Record<RequestAction, Input>>;
  /** for in_project: the fields of the project that takes the request in */
  project?: Partial<CreateProjectRequest>;
}

/** A request brought to `status` the way people do it: the submission, then each action a real user takes. */
export type WalkedRequest = RequestDetail & Pick<CreatedRequest, 'trackingSecret'>;

/** The actions from a new submission to each status (in_project: a 实事项目 created from the accepted request). */
const REQUEST_WALKS: Record<RequestStatus, RequestAction[]> = {
  submitted: [],
  accepted: ['accept'],
  in_progress: ['accept', 'assign'],
  in_project: ['accept', 'link_project'],
  resolved: ['accept', 'assign', 'resolve'],
  closed: ['accept', 'assign', 'resolve', 'return_visit'],
  rejected: ['reject'],
  merged: ['merge'],
  withdrawn: ['withdraw'],
};

/** Walks a new request through the real actions to `status`; answers it as the triaging cadre sees it. */
export async function inStatus(w: TestWorld, status: RequestStatus, options: InStatusOptions = {}): Promise<WalkedRequest> {
  const { from = 'worker', by = 'cadre', handler = by } = options;
  // a duplicate is merged into an earlier request of the same unit and category
  const target = status === 'merged' ? await submit(w, from, options.request) : undefined;
  const created = await submit(w, from, options.request);
  const steps: Partial<Record<RequestAction, [actor: As, input: Input]>> = {
    accept: [by, {}],
    assign: [by, { handlerId: w.ids[handler] }],
    resolve: [handler, { resolution: '已协调企业解决，职工表示认可' }],
    return_visit: [by, { resolved: 'resolved', satisfaction: 'satisfied', channel: 'phone' }],
    reject: [by, { reason: '不属于工会受理范围，已告知向有关部门反映' }],
    merge: [by, { targetId: target?.id }],
    withdraw: [from, { reason: '问题已自行解决' }],
  };
  let version: number | undefined; // read by the first action, then carried from each answer
  for (const action of REQUEST_WALKS[status]) {
    if (action === 'link_project') {
      await newProject(w, by, { ...options.project, requestIds: [created.id] });
      continue;
    }
    const [actor, input] = steps[action] as [As, Input];
    if (actor === null) throw new Error(`${action} needs a signed-in requester: inStatus('${status}') with from: null`);
    version = (await act(w, actor, created.id, action, { ...input, ...options.input?.[action], ...(version === undefined ? {} : { version }) })).version;
  }
  const walked = await detail(w, created.id, by);
  if (walked.status !== status) throw new Error(`inStatus('${status}') ended in ${walked.status}`);
  return { ...walked, trackingSecret: created.trackingSecret };
}

/** A draft 实事项目 by the cadre `as`, owned by their unit and them; from one new accepted request unless `requestIds`. */
export async function newProject(w: TestWorld, as = 'cadre', input: Partial<CreateProjectRequest> = {}): Promise<ProjectDetail> {
  const owner = w.people[as];
  const requestIds = input.requestIds ?? [(await inStatus(w, 'accepted', { by: as })).id];
  const body = {
    title: '职工反映集中问题专项整改',
    goal: '解决职工集中反映的问题',
    plan: '摸清情况，分批整改，按期验收',
    ownerUnitId: owner?.roles.find((grant) => grant.role === 'cadre')?.unitId,
    ownerUserId: owner?.id,
    deadline: chinaDay(365),
    expectedBeneficiaries: 100,
    ...input,
    requestIds,
  };
  return bodyOf(await w.api.request('POST', '/api/projects', { token: tokenOf(w, as), body }), 201, 'creating a project');
}

/** A project as `as` (the cadre unless given) sees it. */
export async function projectDetail(w: TestWorld, id: string, as = 'cadre'): Promise<ProjectDetail> {
  return bodyOf(await w.api.request('GET', `/api/projects/${id}`, { token: tokenOf(w, as) }), 200, 'project detail');
}

/** Sends a project action's body as it is and answers the response. */
export function tryProjectAct(w: TestWorld, as: As, id: string, action: string, body: Input): Promise<ApiResponse> {
  return w.api.request('POST', `/api/projects/${id}/actions/${action}`, { token: as === null ? undefined : tokenOf(w, as), body });
}

/** A project action that must succeed; `input.version` when given, else the current version (read as `as`). */
export async function projectAct(w: TestWorld, as: string, id: string, action: ProjectAction, input: Input = {}): Promise<ProjectDetail> {
  const version = input.version ?? (await projectDetail(w, id, as)).version;
  return bodyOf(await tryProjectAct(w, as, id, action, { ...input, version }), 200, action);
}

/** Plans a milestone (the project approved or implementing); `input.version` when given, else the current one. */
export async function planMilestone(w: TestWorld, as: string, projectId: string, input: { title: string; dueDate: string; version?: number }): Promise<ProjectDetail> {
  const version = input.version ?? (await projectDetail(w, projectId, as)).version;
  const res = await w.api.request('POST', `/api/projects/${projectId}/milestones`, { token: tokenOf(w, as), body: { ...input, version } });
  return bodyOf(res, 201, 'planning a milestone');
}

/** Completes a milestone with its evidence (the project implementing); `input.version` when given, else the current one. */
export async function completeMilestone(
  w: TestWorld,
  as: string,
  projectId: string,
  milestoneId: string,
  input: { evidence: string; attachmentIds?: string[]; version?: number },
): Promise<ProjectDetail> {
  const version = input.version ?? (await projectDetail(w, projectId, as)).version;
  const res = await w.api.request('POST', `/api/projects/${projectId}/milestones/${milestoneId}/complete`, { token: tokenOf(w, as), body: { ...input, version } });
  return bodyOf(res, 200, 'completing a milestone');
}

export interface ProjectInStatusOptions {
  /** the owning cadre: 'cadre' unless given */
  as?: string;
  /** who approves, rejects and evaluates: 'leader' unless given */
  leader?: string;
  project?: Partial<CreateProjectRequest>;
  /** [title, due date] of milestones planned once approved */
  milestones?: [title: string, dueDate: string][];
  /** each action's input, over the defaults in projectInStatus */
  input?: Partial<Record<ProjectAction, Input>>;
}

/** The actions from a new draft to each project status. */
const PROJECT_WALKS: Record<ProjectStatus, ProjectAction[]> = {
  draft: [],
  pending_approval: ['submit'],
  approved: ['submit', 'approve'],
  rejected: ['submit', 'reject'],
  implementing: ['submit', 'approve', 'start'],
  completed: ['submit', 'approve', 'start', 'complete'],
  evaluated: ['submit', 'approve', 'start', 'complete', 'evaluate'],
  cancelled: ['cancel'],
};

/** Walks a new project through the real actions to `status` (planning `milestones` once approved, doing them before completion). */
export async function projectInStatus(w: TestWorld, status: ProjectStatus, options: ProjectInStatusOptions = {}): Promise<ProjectDetail> {
  const { as = 'cadre', leader = 'leader' } = options;
  const steps: Partial<Record<ProjectAction, [actor: string, input: Input]>> = {
    submit: [as, {}],
    approve: [leader, {}],
    reject: [leader, { reason: '不属于工会职责' }],
    start: [as, {}],
    complete: [as, { report: '各项整改已完成，职工反映良好' }],
    evaluate: [leader, { score: 90, comment: '按期完成，职工满意' }],
    cancel: [as, { reason: '企业已自行解决' }],
  };
  let p = await newProject(w, as, options.project);
  for (const action of PROJECT_WALKS[status]) {
    const [actor, input] = steps[action] as [string, Input];
    // Completion needs every milestone done (or waived): the walk does each planned one first.
    if (action === 'complete') {
      for (const milestone of p.milestones) p = await completeMilestone(w, as, p.id, milestone.id, { evidence: `${milestone.title}已按计划完成`, version: p.version });
    }
    p = await projectAct(w, actor, p.id, action, { ...input, ...options.input?.[action], version: p.version });
    if (action === 'approve') {
      for (const [title, dueDate] of options.milestones ?? []) p = await planMilestone(w, as, p.id, { title, dueDate, version: p.version });
    }
  }
  if (p.status !== status) throw new Error(`projectInStatus('${status}') ended in ${p.status}`);
  return p;
}

/** Today in China (the server's calendar), plus some days, as YYYY-MM-DD. */
export function chinaDay(plusDays = 0): string {
  return new Date(Date.now() + 8 * 3_600_000 + plusDays * 86_400_000).toISOString().slice(0, 10);
}
