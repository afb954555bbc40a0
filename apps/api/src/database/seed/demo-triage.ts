// The second act of the demo story (development only): what the two towns' cadres, the district leader and the
// worker did with the demo requests (项目确定 → 精准实施), and five 实事项目, one in each state of their life.
// Runs right after seedDemoRequests in the same transaction. Deterministic: a fixed seed decides everything but "now".
// Every status change goes through libs/workflow's tables with the actor the API would see, and moves the same
// columns the API moves (request-actions.service.ts, projects.service.ts); the rows are written in a few batches.
import {
  DAY_MS,
  HOUR_MS,
  REQUEST_OPEN_STATUSES,
  applyTransition,
  chinaDayNumber,
  formatIsoDay,
  projectWorkflow,
  requestWorkflow,
  type Actor,
  type AnswerResolved,
  type AnswerSatisfaction,
  type ProjectStatus,
  type RequestStatus,
} from '@banshishi/workflow';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { formatProjectCode } from '../../modules/projects/project-code';
import type { DemoRequestContext } from './demo-requests';

const SEED = 20_260_505;
const MINUTE_MS = 60 * 1000;

/** The demo's 基层工会 per town: a town cadre serves all of them, so transfers and merges stay within a town. */
const TOWNS = { town1: ['machinery', 'logistics', 'hospital'], town2: ['textile', 'construction', 'sanitation'] } as const;
type TownKey = keyof typeof TOWNS;
const CADRE_OF: Record<TownKey, string> = { town1: 'cadre', town2: 'cadre2' };

/** How much of the story (out of ~300 requests): about 5% rejected, 4% transferred, 6% merged, 3 withdrawn. */
const TARGETS = { reject: 15, transfer: 12, merge: 18, withdraw: 3, untouchedBacklog: 4, overdueInProgress: 8, supervise: 4 };
/** Requests younger than this are still fresh in the inbox: nobody has looked at them yet. */
const FRESH_MS = 3 * DAY_MS;
const ANSWER_WINDOW_DAYS = 7;

function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const REJECT_REASONS: Record<string, readonly string[]> = {
  wages: ['属于劳动仲裁受理范围，已指引反映人携带工资条和考勤记录向区劳动人事争议仲裁院申请仲裁。', '经核实，企业已于上月补发差额，工资条可在企业微信查询，本诉求不再受理。'],
  labor_rights: ['属于劳动仲裁受理范围，已指引申请仲裁，并告知可申请工会法律援助。', '已在人社部门劳动保障监察立案处理，请关注监察部门通知，工会不重复受理。'],
  wage_arrears: ['已由区人社局劳动保障监察大队立案处理，请关注监察部门通知；工会将跟进督促。'],
  social_security: ['属于社保经办机构职责，已告知12333咨询电话及区社保中心办理地点。', '属于医保经办业务，已告知可通过“国家医保服务平台”APP自助办理。'],
  employment: ['不属于工会职责范围，已告知区公共就业服务中心的联系方式和招聘会安排。'],
  hardship: ['经核实不符合困难职工建档条件，已告知临时救助和医疗互助的申请渠道。'],
  other: ['不属于工会职责范围，已告知向园区物业服务中心反映。', '诉求内容不具体，无法核实，欢迎补充具体地点和时间后重新提交。'],
  suggestions: ['诉求内容不具体，无法核实，欢迎补充具体地点和时间后重新提交。', '该问题已纳入企业年度整改计划并已公示，不再重复受理。'],
};
const DEFAULT_REJECT = ['经核实，该问题已于近期整改完毕，不再重复受理。', '诉求内容不具体，无法核实，欢迎补充具体情况后重新提交。'];

const RESOLUTIONS: Record<string, readonly string[]> = {
  employment: ['已协调企业人力资源部，为反映人安排了对口岗位，并报名参加下期转岗培训。', '已推送本区近期招聘会和附近企业岗位信息，并与两家企业对接了面试。'],
  wages: ['经与企业财务核对，差额已在本月工资中补发，企业承诺今后在工资条上逐项列明。', '企业已公开考核和津贴标准，并经职代会讨论通过新的发放办法。'],
  wage_arrears: ['经工会协调和劳动监察督促，拖欠工资已全部结清，反映人已确认到账。', '已协助反映人向劳动监察申请立案，总包单位先行垫付了拖欠工资。'],
  social_security: ['企业已补缴断缴月份的社保费用，社保记录已恢复正常。', '已向反映人详细讲解办理流程和所需材料，并陪同到社保中心办理完毕。'],
  safety: ['企业已完成整改：更换了防护用品并建立每月检查台账，工会将每季度回访。', '已督促企业维修设备并组织安全隐患排查，整改情况已在车间公示。'],
  labor_rights: ['经工会与企业协商，企业已与反映人补签劳动合同并纠正了违规做法。', '企业已调整排班，保证每周至少休息一天，加班按规定支付加班费。'],
  skills: ['已将反映人列入下期技能等级培训名单，考证费用由工会补贴一半。', '企业已增加培训名额，老员工可自愿报名参加新设备操作培训。'],
  hardship: ['已为反映人办理困难职工帮扶，发放帮扶金并纳入常态化慰问名单。', '已协调教育部门说明入学政策，并协助准备好了积分材料。'],
  innovation: ['合理化建议已提交企业技术部评审并采纳，反映人获得创新奖励。', '已推荐申报区级职工创新工作室，企业提供场地和经费。'],
  culture_care: ['企业已安排专人维修并建立报修台账，承诺报修后48小时内处理。', '经职工代表座谈，食堂已公开菜价并增加平价菜品。'],
  suggestions: ['企业已采纳建议并完成整改，整改情况已在公告栏公示。', '已与企业行政部门沟通，相关设施已于本月完成改造。'],
  other: ['已协调企业和物业完成整改，反映人已确认问题解决。'],
};
const CONTACT_NOTES = [
  '已电话联系反映人，核实了具体情况，约定五个工作日内反馈办理进展。',
  '已到现场与反映人当面沟通，了解了诉求细节和期望的解决办法。',
  '已通过电话回访反映人，说明受理情况和后续办理安排。',
];
const PROGRESS_NOTES: readonly (readonly [string, boolean])[] = [
  ['已与企业人事部门沟通，企业表示本月内整改到位。', true],
  ['已约企业负责人面谈，企业已拿出初步整改方案。', true],
  ['已向镇总工会分管领导汇报，协调相关部门下周会商。', false],
  ['企业回复需要走采购流程，已督促加快进度。', false],
  ['现场复查发现部分整改未到位，已书面提醒企业。', false],
];
const ANSWER_COMMENTS: Record<AnswerSatisfaction, readonly string[]> = {
  satisfied: ['问题解决了，谢谢工会！', '办得很快，很满意。', '工会干部很负责，点赞。'],
  basically_satisfied: ['基本解决了，希望以后能长期坚持。', '解决了一部分，还要再看看效果。'],
  dissatisfied: ['问题还是老样子，没有真正解决。', '企业只是口头答应，实际没有变化。'],
};

interface ProjectTheme {
  titles: readonly string[];
  title: string;
  goal: string;
  plan: string;
  budget: number;
  beneficiaries: number;
  status: ProjectStatus;
  preferredTown: TownKey;
  /** days before now the project was drafted */
  createdDaysAgo: number;
  /** days after creation for submit, approve, start, complete */
  steps: readonly number[];
  /** days from now */
  deadlineDays: number;
  comments: { submit: string; approve: string; report: string };
}

const THEMES: readonly ProjectTheme[] = [
  {
    titles: ['车间温度太高有人中暑', '夏送清凉没有送到一线', '高温补贴到现在没发'],
    title: '一线职工高温防暑物资保障',
    goal: '高温季节一线岗位防暑物资全覆盖，高温补贴按标准足额发放。',
    plan: '一、车间加装冷风机和强排风设备；二、夏送清凉物资直接送到班组；三、督促企业按标准发放高温津贴，工会抽查工资条。',
    budget: 120_000,
    beneficiaries: 1_500,
    status: 'completed',
    preferredTown: 'town1',
    createdDaysAgo: 125,
    steps: [2, 5, 8, 121],
    deadlineDays: 3,
    comments: {
      submit: '高温季已到，一线职工反映集中，请尽快审批。',
      approve: '同意立项，防暑物资要直接送到班组，补贴发放情况要逐家核实。',
      report: '各车间加装冷风机36台、强排风设备12套；夏送清凉物资送到全部一线班组；督促9家企业补发高温津贴，工会已逐家抽查工资条。',
    },
  },
  {
    titles: ['食堂排队时间太长', '食堂饭菜涨价分量少'],
    title: '职工食堂增设窗口和平价菜',
    goal: '午餐高峰排队不超过10分钟，每天供应不少于4个平价菜，菜价每月公示。',
    plan: '一、食堂增设4个打饭窗口和1个面食窗口；二、错峰安排各车间午餐时间；三、设立职工伙食委员会，每月公示菜价。',
    budget: 150_000,
    beneficiaries: 900,
    status: 'implementing',
    preferredTown: 'town1',
    createdDaysAgo: 55,
    steps: [2, 6, 12],
    deadlineDays: 40,
    comments: { submit: '已与企业行政部门初步协商，请审批。', approve: '同意，伙食委员会要有一线职工代表。', report: '' },
  },
  {
    titles: ['夜班下班没有班车', '路灯坏了晚上太黑'],
    title: '夜班通勤班车和道路亮化',
    goal: '开通夜班下班通勤班车，修复厂区到宿舍沿线路灯，夜班职工安全到家。',
    plan: '一、与公交公司合作开通凌晨定制班车线路；二、修复并加装沿线路灯；三、班车运行三个月后征求职工意见调整线路。',
    budget: 260_000,
    beneficiaries: 480,
    status: 'approved',
    preferredTown: 'town2',
    createdDaysAgo: 22,
    steps: [2, 8],
    deadlineDays: 90,
    comments: { submit: '涉及公交线路调整，请审批。', approve: '同意立项，请尽快与公交公司签订协议。', report: '' },
  },
  {
    titles: ['宿舍热水时有时无', '宿舍空调坏了没人修'],
    title: '职工宿舍热水和空调改造',
    goal: '宿舍楼24小时供应热水，坏空调全部修复，报修48小时内处理。',
    plan: '一、更换空气能热水机组并加装储热水箱；二、全面检修宿舍空调，老旧机组更新；三、建立宿舍报修台账，工会每月抽查。',
    budget: 380_000,
    beneficiaries: 620,
    status: 'pending_approval',
    preferredTown: 'town2',
    createdDaysAgo: 9,
    steps: [2],
    deadlineDays: 120,
    comments: {
submit: '入冬后热水问题更突出，职工反映集中，请尽快审批。', approve: '', report: '' },
  },
  {
    titles: ['想考技能等级证书', '新设备培训名额太少', '特种作业证复审没人管'],
    title: '职工技能提升培训班',
    goal: '全年培训职工不少于200人次，取得技能等级证书不少于80人。',
    plan: '一、联合区职业技能培训中心开设夜校班；二、考证费用工会补贴50%；三、特种作业证统一组织复审。',
    budget: 200_000,
    beneficiaries: 200,
    status: 'draft',
    preferredTown: 'town2',
    createdDaysAgo: 3,
    steps: [],
    deadlineDays: 300,
    comments: { submit: '', approve: '', report: '' },
  },
];

interface Row {
  id: string;
  code: string;
  title: string;
  searchTerms: string;
  status: RequestStatus;
  version: number;
  submittedAt: Date;
  responseDueAt: Date;
  acceptedAt: Date | null;
  respondedAt: Date | null;
  resolutionDueAt: Date | null;
  resolutionWarnAt: Date | null;
  requesterId: string | null;
  handlingUnitId: string;
  category: string;
  resolutionDays: number;
}

interface Sim {
  row: Row;
  town: TownKey;
  unitKey: string;
  status: RequestStatus;
  reopenCount: number;
  version: number;
  handlingUnitId: string;
  handlerId: string | null;
  respondedAt: Date | null;
  acceptedAt: Date | null;
  resolutionDueAt: Date | null;
  resolutionWarnAt: Date | null;
  contactedAt: Date | null;
  mergedIntoId: string | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  /** time of the latest event */
  last: number;
  /** a duplicate is merged into this request then: it must stay open until after */
  holdOpenUntil: number;
  changed: boolean;
}

interface EventRow {
  requestId: string;
  action: string;
  from: string;
  to: string;
  actorId: string | null;
  payload: Record<string, unknown>;
  public: boolean;
  at: number;
}

const RESPONSE_ACTIONS = ['accept', 'reject', 'merge', 'transfer'];

export async function seedDemoTriage(manager: EntityManager, context: DemoRequestContext): Promise<void> {
  const next = random(SEED);
  const chance = (p: number) => next() < p;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const between = (a: number, b: number) => a + next() * (b - a);
  const now = (context.now ?? new Date()).getTime();
  /** no event later than this */
  const limit = now - 10 * MINUTE_MS;
  const user = (username: string): string => {
    const id = context.users.get(username);
    if (!id) throw new Error(`demo story: no user ${username}`);
    return id;
  };
  const unitKeyOf = new Map([...context.units].map(([key, unit]) => [unit.id, key]));
  const townOf = (unitKey: string): TownKey => (TOWNS.town1.includes(unitKey as never) ? 'town1' : 'town2');
  const cadre = (town: TownKey): Actor => ({ id: user(CADRE_OF[town]), roles: ['cadre'] });
  const leader: Actor = { id: user('leader'), roles: ['leader'] };
  const system: Actor = { id: null, roles: [], system: true };

  /** Office hours, China time (08:30–18:00): a cadre's action outside them waits for the next morning. */
  const office = (t: number): number => {
    const hour = ((t + 8 * HOUR_MS) % DAY_MS) / HOUR_MS;
    if (hour >= 8.5 && hour < 18) return t;
    const dayStart = t - hour * HOUR_MS;
    return dayStart + (hour < 8.5 ? 0 : DAY_MS) + between(8.6, 10.5) * HOUR_MS;
  };
  /** The time of the next event on a request, `min`–`max` hours after its last one; null when that would be in the future. */
  const later = (sim: Sim, minHours: number, maxHours: number, inOffice = true): number | null => {
    const raw = sim.last + between(minHours, maxHours) * HOUR_MS;
    const t = inOffice ? office(raw) : raw;
    return t <= limit ? t : null;
  };

  const rows: Row[] = await manager.query(
    `SELECT r.id, r.code, r.title, r.search_terms AS "searchTerms", r.status, r.version, r.submitted_at AS "submittedAt",
            r.response_due_at AS "responseDueAt", r.accepted_at AS "acceptedAt", r.responded_at AS "respondedAt", r.resolution_due_at AS "resolutionDueAt",
            r.resolution_warn_at AS "resolutionWarnAt", r.requester_id AS "requesterId", r.handling_unit_id AS "handlingUnitId",
            c.code AS category, c.resolution_days AS "resolutionDays"
       FROM request r JOIN category c ON c.id = r.category_id
      ORDER BY r.submitted_at, r.id`,
  );
  const sims: Sim[] = rows.map((row) => {
    const unitKey = unitKeyOf.get(row.handlingUnitId) ?? '';
    return {
      row,
      town: townOf(unitKey),
      unitKey,
      status: row.status,
      reopenCount: 0,
      version: row.version,
      handlingUnitId: row.handlingUnitId,
      handlerId: null,
      respondedAt: row.respondedAt,
      acceptedAt: row.acceptedAt,
      resolutionDueAt: row.resolutionDueAt,
      resolutionWarnAt: row.resolutionWarnAt,
      contactedAt: null,
      mergedIntoId: null,
      resolvedAt: null,
      closedAt: null,
      last: (row.acceptedAt ?? row.submittedAt).getTime(),
      holdOpenUntil: 0,
      changed: false,
    };
  });
  const events: EventRow[] = [];

  /** One action on one request: the transition table decides, then the columns the API moves, then the event. */
  const act = (sim: Sim, action: string, actor: Actor, input: Record<string, unknown>, at: number): void => {
    const result = applyTransition(requestWorkflow, { status: sim.status, reopenCount: sim.reopenCount }, action, actor, input);
    if (!result.ok) throw new Error(`demo story: ${sim.row.code} ${action}: ${result.error.message}`);
    const event = result.event;
    const when = new Date(at);
    if (RESPONSE_ACTIONS.includes(event.action) && !sim.respondedAt) sim.respondedAt = when;
    switch (event.action) {
      case 'accept': {
        const clock = context.calendar.clockPoints(when, sim.row.resolutionDays);
        Object.assign(sim, { acceptedAt: when, resolutionDueAt: clock.dueAt, resolutionWarnAt: clock.warnAt });
        break;
      }
      case 'transfer':
        sim.handlingUnitId = event.payload.unitId;
        sim.handlerId = null;
        break;
      case 'merge':
        sim.mergedIntoId = event.payload.targetId;
        break;
      case 'assign':
        sim.handlerId = event.payload.handlerId;
        break;
      case 'note':
        if (event.payload.contacted) sim.contactedAt = when;
        break;
      case 'resolve':
        sim.resolvedAt = when;
        break;
      case 'feedback':
      case 'return_visit':
        if (result.state.status !== 'closed') sim.resolvedAt = null; // 重办: back with the handler
        break;
      default:
        break;
    }
    // The answer window's close (close_unrated) and every answer that closes record when it closed.
    if (result.state.status === 'closed') sim.closedAt = when;
    sim.status = result.state.status;
    sim.reopenCount = result.state.reopenCount;
    sim.version += 1;
    sim.last = at;
    sim.changed = true;
    const isPublic = event.action === 'note' ? (event.payload as { public?: boolean }).public === true : event.action !== 'supervise';
    events.push({
      requestId: sim.row.id,
      action: event.action,
      from: event.from,
      to: event.to,
      actorId: event.actorId,
      payload: { ...(event.payload as Record<string, unknown>), ...(event.escalate ? { escalate: true } : {}) },
      public: isPublic,
      at,
    });
  };

  const isWorkerOwn = (sim: Sim) => sim.row.requesterId !== null && sim.row.requesterId === context.users.get('worker');
  const older = (sim: Sim) => now - sim.row.submittedAt.getTime() > FRESH_MS;
  const reserved = new Set<Sim>();

  // 1. The projects' requests: each theme takes 2–8 requests of one town submitted before the project was drafted.
  const projectPlans = THEMES.map((theme) => {
    const createdAt = office(now - theme.createdDaysAgo * DAY_MS);
    const candidates = (town: TownKey) =>
      sims.filter(
        (sim) =>
          sim.town === town &&
          !reserved.has(sim) &&
          theme.titles.includes(sim.row.title) &&
          ['submitted', 'accepted'].includes(sim.status) &&
          sim.row.submittedAt.getTime() < createdAt - 2 * DAY_MS,
      );
    const other: TownKey = theme.preferredTown === 'town1' ? 'town2' : 'town1';
    const town = candidates(theme.preferredTown).length >= 2 ? theme.preferredTown : other;
    // The ones raised closest before the project was drafted are what prompted it.
    const members = candidates(town).slice(-8);
    if (members.length < 2) throw new Error(`demo story: too few requests for ${theme.title}`);
    for (const member of members) reserved.add(member);
    return { theme, town, createdAt, members };
  });

  // 2. Duplicates: a later request of the same town and category saying the same thing (shared search terms).
  const termsOf = new Map(sims.map((sim) => [sim, new Set(sim.row.searchTerms.split(' ').filter(Boolean))]));
  const similarity = (a: Sim, b: Sim): number => {
    const ta = termsOf.get(a) ?? new Set<string>();
    const tb = termsOf.get(b) ?? new Set<string>();
    let shared = 0;
    for (const term of ta) if (tb.has(term)) shared += 1;
    return shared / Math.max(1, ta.size + tb.size - shared);
  };
  const pairs: { duplicate: Sim; target: Sim; score: number }[] = [];
  for (const [i, duplicate] of sims.entries()) {
    if (reserved.has(duplicate) || !older(duplicate) || !['submitted', 'accepted'].includes(duplicate.status)) continue;
    for (const target of sims.slice(0, i)) {
      if (reserved.has(target) || target.town !== duplicate.town || target.row.category !== duplicate.row.category) continue;
      if (duplicate.row.submittedAt.getTime() - target.row.submittedAt.getTime() > 40 * DAY_MS) continue;
      const score = similarity(duplicate, target);
      if (score >= 0.35) pairs.push({ duplicate, target, score });
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.duplicate.row.code.localeCompare(b.duplicate.row.code));
  const merges = new Map<Sim, Sim>();
  const targets = new Map<Sim, number>();
  for (const { duplicate, target } of pairs) {
    if (merges.size >= TARGETS.merge) break;
    if (merges.has(duplicate) || merges.has(target) || targets.has(duplicate) || (targets.get(target) ?? 0) >= 2) continue;
    merges.set(duplicate, target);
    targets.set(target, (targets.get(target) ?? 0) + 1);
  }
  for (const [duplicate, target] of merges) {
    reserved.add(duplicate);
    reserved.add(target);
  }

  // 3. The rest of the older backlog: a few withdrawn by the worker, some rejected or transferred, most accepted late.
  const backlog = sims.filter((sim) => older(sim) && sim.status === 'submitted' && !reserved.has(sim));
  const withdrawals = new Set(sims.filter((sim) => older(sim) && isWorkerOwn(sim) && !reserved.has(sim) && ['submitted', 'accepted'].includes(sim.status)).slice(-TARGETS.withdraw));
  const shuffled = backlog.filter((sim) => !withdrawals.has(sim)).map((sim) => ({ sim, key: next() })).sort((a, b) => a.key - b.key).map((x) => x.sim);
  const rejections = new Set(shuffled.slice(0, TARGETS.reject));
  const transfers = new Set(shuffled.slice(TARGETS.reject, TARGETS.reject + TARGETS.transfer));
  // Left untouched: the red in the inbox (raised a week or more ago, nobody answered yet).
  const untouched = new Set(
    shuffled
      .slice(TARGETS.reject + TARGETS.transfer)
      .filter((sim) => now - sim.row.submittedAt.getTime() < 25 * DAY_MS)
      .slice(0, TARGETS.untouchedBacklog),
  );

  let overdueKept = 0;

  /** From accepted on: assigned to the town cadre, contacted, worked on, resolved, answered (or not yet). */
  const handle = (sim: Sim): void => {
    if (sim.status !== 'accepted' || !sim.acceptedAt) return;
    const handler = cadre(sim.town);
    const due = sim.resolutionDueAt?.getTime() ?? Infinity;
    // "Most accepted ones older than 10 days" go to a handler; the few left are still within their clock.
    if (now - sim.acceptedAt.getTime() < 10 * DAY_MS || (due > now && chance(0.25))) return;
    const assignAt = later(sim, 2, 48);
    if (assignAt === null) return;
    act(sim, 'assign', handler, { handlerId: handler.id }, assignAt);
    const asHandler: Actor = { ...handler, isHandler: true };
    const contactAt = later(sim, 1, 30);
    if (contactAt !== null) act(sim, 'note', asHandler, { note: pick(CONTACT_NOTES), contacted: true, public: true }, contactAt);
    const progressAt = later(sim, 24, 5 * 24);
    if (progressAt !== null && progressAt < due && chance(0.7)) {
      const [note, isPublic] = pick(PROGRESS_NOTES);
      act(sim, 'note', asHandler, { note, public: isPublic }, progressAt);
    }

    const stillInProgress = (): boolean => sim.status === 'in_progress';
    for (let round = 0; round < 3 && stillInProgress(); round++) {
      const dueNow = sim.resolutionDueAt?.getTime() ?? Infinity;
      // A few stay open past their due date (recent enough to be chased), so the inbox shows red.
      if (round === 0 && dueNow < now && dueNow > now - 40 * DAY_MS && overdueKept < TARGETS.overdueInProgress && chance(0.6)) {
        overdueKept += 1;
        return;
      }
      if (round === 0 && dueNow > now && chance(0.6)) return; // still being worked on, within its clock
      const earliest = Math.max(sim.last + 2 * DAY_MS, sim.holdOpenUntil + HOUR_MS);
      const onTime = round === 0 && chance(0.9);
      const latest = onTime && dueNow > earliest ? Math.min(dueNow, limit) : earliest + between(1, 6) * DAY_MS;
      const resolveAt = office(earliest + next() * Math.max(0, latest - earliest));
      if (resolveAt > limit || resolveAt < sim.last) return;
      act(sim, 'resolve', asHandler, { resolution: pick(RESOLUTIONS[sim.row.category] ?? RESOLUTIONS.other) }, resolveAt);

      // The answer window: 7 working days after resolved; later than that, the answer (or its absence) is in.
      const windowEnd = context.calendar.addWorkingDays(new Date(resolveAt), ANSWER_WINDOW_DAYS).getTime();
      if (windowEnd > limit) return;
      const roll = next();
      const answer: { resolved: AnswerResolved; satisfaction: AnswerSatisfaction } =
        round > 0 || roll < 0.68
          ? { resolved: 'resolved', satisfaction: 'satisfied' }
          : roll < 0.84
            ? { resolved: 'resolved', satisfaction: 'basically_satisfied' }
            : roll < 0.93
              ? { resolved: 'partly', satisfaction: 'basically_satisfied' }
              : { resolved: 'unresolved', satisfaction: 'dissatisfied' };
      const comment = pick(ANSWER_COMMENTS[answer.satisfaction]);
      if (isWorkerOwn(sim)) {
        const at = later(sim, 4, 4 * 24, false);
        if (at === null || at > windowEnd) act(sim, 'close_unrated', system, {}, windowEnd);
        else act(sim, 'feedback', { id: sim.row.requesterId, roles: ['worker'], isRequester: true }, { ...answer, comment }, at);
      } else if (chance(0.75)) {
        const at = later(sim, 20, 5 * 24);
        if (at === null || at > windowEnd) act(sim, 'close_unrated', system, {}, windowEnd);
        else act(sim, 'return_visit', handler, { ...answer, comment, channel: chance(0.8) ? 'phone' : 'in_person' }, at);
      } else {
        act(sim, 'close_unrated', system, {}, windowEnd);
      }
    }
  };

  // 4. Every request's own story, oldest first. Merge targets are handled before their duplicates need them.
  for (const [duplicate, target] of merges) {
    target.holdOpenUntil = Math.max(target.holdOpenUntil, duplicate.row.submittedAt.getTime() + 3 * DAY_MS);
  }
  const projectMembers = new Set(projectPlans.flatMap((plan) => plan.members));
  for (const sim of sims) {
    const town = sim.town;
    if (projectMembers.has(sim)) continue;
    const mergeTarget = merges.get(sim);
    if (mergeTarget) {
      const at = later(sim, 2, 30);
      if (at === null) continue;
      act(sim, 'merge', cadre(town), { targetId: mergeTarget.row.id }, at);
      continue;
    }
    if (withdrawals.has(sim)) {
      const at = later(sim, 6, 72, false);
      if (at !== null) act(sim, 'withdraw', { id: sim.row.requesterId, roles: ['worker'], isRequester: true }, { reason: '问题已经和车间主任当面说清楚，先撤回。' }, at);
      continue;
    }
    if (rejections.has(sim)) {
      const at = later(sim, 3, 40);
      if (at !== null) act(sim, 'reject', cadre(town), { reason: pick(REJECT_REASONS[sim.row.category] ?? DEFAULT_REJECT) }, at);
      continue;
    }
    if (untouched.has(sim)) continue;
    if (transfers.has(sim)) {
      const siblings = TOWNS[town].filter((key) => key !== sim.unitKey);
      const to = pick(siblings);
      const unit = context.units.get(to);
      const at = later(sim, 3, 30);
      if (!unit || at === null) continue;
      const toName = { machinery: '机械公司', logistics: '物流园', hospital: '区医院', textile: '纺织集团', construction: '建工集团项目部', sanitation: '环卫服务中心' }[to];
      act(sim, 'transfer', cadre(town), { unitId: unit.id, reason: `经核实，反映人的工作岗位归属${toName}，转${toName}工会办理。` }, at);
      const acceptAt = chance(0.8) ? later(sim, 4, 48) : null;
      if (acceptAt !== null) act(sim, 'accept', cadre(town), {}, acceptAt);
    } else if (sim.status === 'submitted' && older(sim)) {
      const at = later(sim, 2, 40);
      if (at !== null) act(sim, 'accept', cadre(town), {}, at);
    }
    handle(sim);
  }
  // Merges ran in submission order, so every target had been submitted; check it was still open each time.
  for (const [duplicate, target] of merges) {
    const mergedAt = duplicate.last;
    if (duplicate.status === 'merged' && target.resolvedAt && target.resolvedAt.getTime() <= mergedAt) {
      throw new Error(`demo story: ${target.row.code} was resolved before ${duplicate.row.code} merged into it`);
    }
  }

  // 5. 督办: the district leader chases the requests most overdue.
  const overdue = sims
    .filter((sim) => !projectMembers.has(sim) && REQUEST_OPEN_STATUSES.includes(sim.status) && sim.status !== 'in_project' && sim.status !== 'resolved')
    .map((sim) => ({ sim, due: (sim.status === 'submitted' ? sim.row.responseDueAt : sim.resolutionDueAt)?.getTime() ?? Infinity }))
    .filter((x) => x.due < now - 2 * DAY_MS)
    .sort((a, b) => a.due - b.due);
  const chased = [...overdue.filter((x) => x.sim.status === 'in_progress').slice(0, TARGETS.supervise - 1), ...overdue.filter((x) => x.sim.status === 'submitted').slice(0, 1)];
  for (const { sim, due } of chased) {
    const at = office(Math.max(sim.last, due) + between(24, 72) * HOUR_MS);
    if (at > limit) continue;
    const deadline = formatIsoDay(chinaDayNumber(context.calendar.addWorkingDays(new Date(now), 3).getTime()));
    act(sim, 'supervise', leader, { note: `该诉求已超期，请${sim.town === 'town1' ? '滨江街道' : '临港镇'}总工会于${deadline}前办结并向区总工会反馈。`, deadline }, at);
  }

  // 6. The five 实事项目, oldest first so their codes run in order.
  const projectRows: { id: string; code: string; plan: (typeof projectPlans)[number]; status: ProjectStatus; version: number; times: Record<string, number> }[] = [];
  const projectEvents: { projectId: string; action: string; from: string | null; to: string; actorId: string | null; payload: Record<string, unknown>; public: boolean; at: number }[] = [];
  const links: { projectId: string; requestId: string; linkedBy: string; at: number }[] = [];
  const ordered = [...projectPlans].sort((a, b) => a.createdAt - b.createdAt);
  const numbers: { n: number }[] = await manager.query(`SELECT nextval('project_code_seq')::int AS n FROM generate_series(1, $1)`, [ordered.length]);
  for (const [index, plan] of ordered.entries()) {
    const owner = cadre(plan.town);
    const projectId = randomUUID();
    const row = { id: projectId, code: formatProjectCode(new Date(plan.createdAt), numbers[index].n), plan, status: 'draft' as ProjectStatus, version: 1, times: {} as Record<string, number> };
    projectEvents.push({ projectId, action: 'create', from: null, to: 'draft', actorId: owner.id, payload: { requestCount: plan.members.length }, public: false, at: plan.createdAt });
    // Its requests: accepted first where still waiting, then linked (in_project) as the project is drafted.
    for (const member of plan.members) {
      if (member.status === 'submitted') {
        const at = later(member, 2, 30);
        act(member, 'accept', owner, {}, at !== null && at < plan.createdAt ? at : Math.max(member.last + HOUR_MS, plan.createdAt - 2 * HOUR_MS));
      }
      const linkAt = Math.max(plan.createdAt + MINUTE_MS, member.last + MINUTE_MS);
      act(member, 'link_project', owner, { projectId }, linkAt);
      links.push({ projectId, requestId: member.row.id, linkedBy: owner.id ?? '', at: linkAt });
    }
    const steps: readonly [string, Actor, Record<string, unknown>][] = [
      ['submit', owner, { comment: plan.theme.comments.submit }],
      ['approve', leader, { comment: plan.theme.comments.approve }],
      ['start', owner, {}],
      ['complete', owner, { report: plan.theme.comments.report }],
    ];
    for (const [i, days] of plan.theme.steps.entries()) {
      const [action, actor, input] = steps[i];
      const at = Math.min(office(plan.createdAt + days * DAY_MS), limit);
      const result = applyTransition(projectWorkflow, { status: row.status }, action, actor, input);
      if (!result.ok) throw new Error(`demo story: project ${plan.theme.title} ${action}: ${result.error.message}`);
      row.status = result.state.status;
      row.version += 1;
      row.times[action] = at;
      projectEvents.push({
        projectId,
        action,
        from: result.event.from,
        to: result.event.to,
        actorId: result.event.actorId,
        payload: result.event.payload as Record<string, unknown>,
        public: !['edit', 'submit', 'return'].includes(action),
        at,
      });
      if (action === 'complete') {
        // A completed project resolves its requests (the system, as ProjectsService does).
        for (const member of plan.members) {
          if (member.status === 'in_project') act(member, 'resolve', system, { resolution: plan.theme.comments.report }, Math.max(at, member.last + MINUTE_MS));
        }
      }
    }
    if (row.status !== plan.theme.status) throw new Error(`demo story: project ${plan.theme.title} ended ${row.status}, meant ${plan.theme.status}`);
    projectRows.push(row);
  }

  // 7. Write it all: the projects, their events and links, the requests' new columns, their events in time order.
  for (const project of projectRows) {
    const { theme, town, createdAt } = project.plan;
    const times = project.times;
    const last = Math.max(createdAt, ...Object.values(times));
    await manager.query(
      `INSERT INTO project (id, code, title, goal, plan, owner_unit_id, owner_user_id, budget, deadline, expected_beneficiaries, status, version,
                            created_by, created_at, updated_at, approved_at, started_at, completed_at, report)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $7, $13, $14, $15, $16, $17, $18)`,
      [
        project.id,
        project.code,
        theme.title,
        theme.goal,
        theme.plan,
        context.units.get(town)?.id,
        user(CADRE_OF[town]),
        theme.budget,
        formatIsoDay(chinaDayNumber(now) + theme.deadlineDays),
        theme.beneficiaries,
        project.status,
        project.version,
        new Date(createdAt),
        new Date(last),
        times.approve ? new Date(times.approve) : null,
        times.start ? new Date(times.start) : null,
        times.complete ? new Date(times.complete) : null,
        times.complete ? theme.comments.report : null,
      ],
    );
  }
  await manager.query(
    `INSERT INTO project_event (project_id, action, from_status, to_status, actor_id, payload, public, at)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::jsonb[], $7::boolean[], $8::timestamptz[])`,
    columns(
      [...projectEvents].sort((a, b) => a.at - b.at),
      (e) => [e.projectId, e.action, e.from, e.to, e.actorId, JSON.stringify(e.payload), e.public, new Date(e.at)],
      8,
    ),
  );
  await manager.query(
    `INSERT INTO project_request (project_id, request_id, linked_by, linked_at) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::timestamptz[])`,
    columns(links, (l) => [l.projectId, l.requestId, l.linkedBy, new Date(l.at)], 4),
  );
  const changed = sims.filter((sim) => sim.changed);
  await manager.query(
    `UPDATE request r
        SET status = t.status, reopen_count = t.reopen_count, version = t.version, handling_unit_id = t.handling_unit_id, handler_id = t.handler_id,
            responded_at = t.responded_at, accepted_at = t.accepted_at, resolution_due_at = t.resolution_due_at, resolution_warn_at = t.resolution_warn_at,
            contacted_at = t.contacted_at, merged_into_id = t.merged_into_id, resolved_at = t.resolved_at, closed_at = t.closed_at, updated_at = t.updated_at
       FROM unnest($1::uuid[], $2::text[], $3::int[], $4::int[], $5::uuid[], $6::uuid[], $7::timestamptz[], $8::timestamptz[], $9::timestamptz[],
                   $10::timestamptz[], $11::timestamptz[], $12::uuid[], $13::timestamptz[], $14::timestamptz[], $15::timestamptz[])
         AS t(id, status, reopen_count, version, handling_unit_id, handler_id, responded_at, accepted_at, resolution_due_at, resolution_warn_at,
              contacted_at, merged_into_id, resolved_at, closed_at, updated_at)
      WHERE r.id = t.id`,
    columns(
      changed,
      (s) => [
        s.row.id, s.status, s.reopenCount, s.version, s.handlingUnitId, s.handlerId, s.respondedAt, s.acceptedAt, s.resolutionDueAt, s.resolutionWarnAt,
        s.contactedAt, s.mergedIntoId, s.resolvedAt, s.closedAt, new Date(s.last),
      ],
      15,
    ),
  );
  await manager.query(
    `INSERT INTO request_event (request_id, action, from_status, to_status, actor_id, payload, public, at)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::jsonb[], $7::boolean[], $8::timestamptz[])`,
    columns(
      [...events].sort((a, b) => a.at - b.at),
      (e) => [e.requestId, e.action, e.from, e.to, e.actorId, JSON.stringify(e.payload), e.public, new Date(e.at)],
      8,
    ),
  );
  // The answers the figures read, one row per answer event, as the actions API stores them (round = 重办 so far).
  await manager.query(
    `INSERT INTO request_answer (request_id, source, resolved, satisfaction, comment, channel, round, answered_at, recorded_by)
     SELECT e.request_id, e.action, e.payload->>'resolved', e.payload->>'satisfaction', e.payload->>'comment', e.payload->>'channel',
            (SELECT count(*) FROM request_event p WHERE p.request_id = e.request_id AND p.action IN ('feedback', 'return_visit') AND p.id < e.id)::int,
            e.at, e.actor_id
       FROM request_event e
      WHERE e.action IN ('feedback', 'return_visit')`,
  );
}

/** Rows to the column arrays of an unnest(...) insert. */
function columns<T>(rows: readonly T[], cells: (row: T) => unknown[], width: number): unknown[][] {
  const out: unknown[][] = Array.from({ length: width }, () => []);
  for (const row of rows) cells(row).forEach((cell, i) => out[i].push(cell));
  return out;
}
