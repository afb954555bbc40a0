// About 300 demo requests over the last six months, worded as workers write them, so every screen has something
// true to show. Deterministic: a fixed seed picks templates, units and times (only "now" moves the dates).
import { DAY_MS, HOUR_MS, WorkingDayCalendar, chinaDayNumber, formatIsoDay, type InPersonChannel, type RequestStatus } from '@banshishi/workflow';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { requestTerms } from '../../modules/intake/duplicates/jieba-segmenter';
import { formatRequestCode } from '../../modules/intake/request-code';
import type { RequestChanges } from '../../modules/requests/request-effects';
import { stepRequest } from '../../modules/requests/request-transitions.service';
import { seededRandom } from './seeded-random';

export const DEMO_REQUEST_COUNT = 300;
const SEED = 20_260_101;
/** A stream of its own decides which requests a cadre took in person, so the rest of the demo stays as it was. */
const IN_PERSON_SEED = 20_261_202;

/** 代为登记: how often each channel comes up among the requests a cadre took in person (about one in six). */
const IN_PERSON_SHARE = 0.16;
const CHANNEL_WEIGHTS: Record<InPersonChannel, number> = { visit: 4, phone: 5, letter: 1, walk_in: 2, forum: 3 };
/** Some who came in person gave their name (no account, no phone on file in the demo). */
const IN_PERSON_NAMES = ['刘师傅', '陈大姐', '张建军', '黄秀英', '吴师傅', '周晓燕'];

/** {place} and the other slots are filled per unit and at random; every template reads as one worker's words. */
type Templates = readonly (readonly [title: string, description: string])[];

const TEMPLATES: Record<string, Templates> = {
  employment: [
    ['转岗后工资少了一大截', '{place}{month}月份搞自动化改造，我被调到别的岗位，工资少了快一半，希望安排合适的岗位或者给个培训机会。'],
    ['内部招聘信息不公开', '{place}有新岗位都是私下定人，我们想报名都不知道，希望招聘信息在公告栏和群里公开。'],
    ['家属想在附近找工作', '我爱人跟我过来打工，一直没找到合适的活，工会能不能推荐一些附近企业的招工信息。'],
  ],
  wages: [
    ['加班费没有按规定算', '{month}月份周末加了{n}天班，工资条上加班费只按平时标准算，没有按两倍计算，问了班长说不清楚。'],
    ['工资条扣款看不明白', '这个月工资条上多了一项“其他扣款”{money}元，没有任何说明，问财务也说不出是什么钱。'],
    ['高温补贴到现在没发', '{place}夏天温度三十五度以上，别的单位六月就发高温补贴了，我们到现在一分没有。'],
    ['夜班津贴标准太低', '{shift}一晚上津贴只有{small}元，好几年没涨过了，希望按现在的物价提高夜班津贴。'],
    ['绩效工资扣得没有依据', '这个季度绩效被扣了{money}元，班组长没讲原因，也看不到考核记录，希望公开考核标准。'],
    ['工资发放总是推迟', '合同写每月十号发工资，最近{n}个月都拖到二十号以后，房租和孩子学费都要按时交。'],
    ['同岗不同酬', '我和劳务派遣来的同事干一样的活，他们每月比我们少{money}元，大家意见很大。'],
  ],
  wage_arrears: [
    ['外包公司拖欠工资', '我们是外包公司派到{place}的，已经{n}个月没发工资了，外包老板电话打不通，希望工会帮忙讨薪。'],
    ['离职后工资一直不结', '{month}月份正常办了离职，公司说最后一个月工资要等几个月才发，到现在还没到账。'],
    ['包工头拖欠工钱', '跟着包工头在{place}干了{n}个月，工钱一直拖着不给，说等项目结算，家里等着用钱。'],
  ],
  social_security: [
    ['社保断缴了几个月', '网上查社保记录，发现今年{month}月开始有{n}个月没有缴费，人事说是系统问题，担心影响看病报销。'],
    ['公积金按最低基数交', '公司公积金一直按最低基数交，和实际工资差很多，希望按实际工资缴纳。'],
    ['工伤认定不知道怎么办', '上个月在{place}干活时手被夹伤，不知道工伤认定要准备哪些材料，公司也没人指导。'],
    ['异地就医备案不会办', '老家父母跟着我住，看病想用医保，不知道异地就医备案在哪里办，希望工会讲一讲。'],
  ],
  safety: [
    ['安全帽破损没有更换', '{place}很多安全帽已经开裂，帽带也断了，申请更换{n}个月了还没发新的。'],
    ['劳保用品发得太少', '{place}的防护手套和口罩一个月只发一次，一周就磨坏了，只能自己花钱买。'],
    ['噪音太大耳塞不管用', '{place}噪音很大，一天下来耳朵嗡嗡响，发的耳塞质量差，希望换成防噪耳罩。'],
    ['通风设备坏了没人修', '{place}排风扇坏了{n}台，气味很重，好几个人头晕恶心，希望尽快维修通风设备。'],
    ['车间温度太高有人中暑', '{place}下午温度超过三十五度，只有几台风扇，上周有人中暑，希望装冷风机或者调整作业时间。'],
    ['消防通道被货物堵住', '{place}的消防通道堆满了货物和纸箱，万一着火人跑不出去，反映过还是老样子。'],
    ['职业病体检一直没安排', '我们在{place}接触粉尘和噪音，按规定要做职业健康体检，已经{n}年没做了。'],
  ],
  labor_rights: [
    ['劳动合同到期没续签', '我的劳动合同{month}月份到期，公司没续签也没通知，还让我继续上班，不知道算不算违法。'],
    ['天天加班超过法定时间', '最近{n}个月{place}每天加班到晚上十点，周末也不休，身体吃不消，明显超过法定加班时间。'],
    ['年休假申请总是不批', '按工龄我有年休假，每次申请都说生产忙不批，一年下来一天都没休过。'],
    ['试用期被随意延长', '入职合同写试用期三个月，到期后说表现不够又延长三个月，工资还按试用期发。'],
  ],
  skills: [
    ['想考技能等级证书', '在{place}干了{n}年还没有技能等级证书，希望工会组织培训和考证，考了证工资能高一点。'],
    ['新设备培训名额太少', '{place}新上了设备，培训只安排了几个年轻人，我们老员工也想学新技术。'],
    ['特种作业证复审没人管', '我的特种作业操作证快到期了，公司没统一组织复审，不知道去哪里办。'],
  ],
  hardship: [
    ['家人生病想申请困难帮扶', '父亲住院做手术花了{big}元，家里就我一个人上班，想申请困难职工帮扶，不知道要什么材料。'],
    ['子女入学遇到困难', '孩子今年要上小学，我们是外地户口积分不够，希望工会帮忙问问子女入学的政策。'],
    ['房租涨了生活压力大', '宿舍住不下在外面租房，房东又涨了{small}元，工资不涨，希望工会能协调职工公寓。'],
  ],
  innovation: [
    ['改进建议交上去没有回音', '我提出改进{place}工装夹具的建议，能省不少工时，交上去{n}个月了也没有回复。'],
    ['希望成立创新工作室', '{place}有几个老师傅技术很好，希望工会牵头成立职工创新工作室，带带年轻人。'],
  ],
  culture_care: [
    ['食堂排队时间太长', '中午食堂打饭要排{n}十分钟队，窗口太少，午休时间本来就短，希望多开几个窗口。'],
    ['食堂饭菜涨价分量少', '食堂一份荤菜从{small}元涨了两块，分量还少了，希望公开菜价，听听职工意见。'],
    ['宿舍热水时有时无', '{dorm}宿舍楼晚上十点以后经常没有热水，下了{shift}想洗个澡都不行。'],
    ['宿舍空调坏了没人修', '{dorm}宿舍楼有个房间空调坏了{n}个星期，报修好几次没人来，晚上热得睡不着。'],
    ['夜班下班没有班车', '{shift}凌晨下班后没有公交，只能打车，一个月车费好几百，希望开通夜班班车。'],
    ['希望组织职工体检', '很多同事两三年没体检了，年纪大的也多，希望工会今年组织一次职工体检。'],
    ['女职工没有哺乳室', '单位有十几个哺乳期的女职工，没有哺乳室，只能在更衣室里吸奶，很不方便。'],
    ['春节回家车票难买', '外地职工多，春节车票很难抢，希望工会像前年一样组织包车送大家回家。'],
    ['下班后没有活动场地', '下班后想打打球没有地方，希望把空地改成篮球场，或者开放职工活动室。'],
    ['夏送清凉没有送到一线', '听说工会有夏送清凉活动，我们{place}一线的人一瓶水都没看到。'],
  ],
  suggestions: [
    ['厂区门口早上太堵', '早上上班时门口货车和电动车混在一起，很危险，建议错峰进出或者安排人疏导。'],
    ['电动车充电桩不够', '车棚只有十来个充电桩，几百辆电动车抢着充，有人私拉电线，有火灾隐患。'],
    ['路灯坏了晚上太黑', '从{place}到宿舍的路上好几个路灯不亮，{shift}下班走路很黑，女同事害怕。'],
    ['厕所没人打扫', '{place}旁边的厕所一天都没人打扫，气味很大，希望安排保洁定时清理。'],
    ['更衣柜不够用', '新来的同事没有更衣柜，衣服只能放在角落里，希望增加更衣柜。'],
    ['希望公开工会经费用途', '每个月都扣工会会费，但不知道钱花在哪里，希望每年公开一次工会经费的使用情况。'],
    ['建议设置职工意见箱', '有些话不方便当面说，建议在{place}门口放一个意见箱，定期有人开箱回复。'],
  ],
  other: [
    ['快递没有地方收', '单位不让快递进来，门口也没有快递柜，取个快递要跑很远，希望装个快递柜。'],
    ['手机信号和网络太差', '{dorm}宿舍和{place}手机信号很差，WiFi经常断，和家里视频都连不上。'],
    ['工作服尺码不合适', '发的工作服只有大码，女职工穿着太大不方便干活，希望按尺码发放。'],
  ],
};

/** How often each category comes up: pay, safety, care and suggestions are what workers raise most. */
const CATEGORY_WEIGHTS: Record<string, number> = {
  employment: 5,
  wages: 14,
  wage_arrears: 6,
  social_security: 7,
  safety: 14,
  labor_rights: 7,
  skills: 5,
  hardship: 5,
  innovation: 3,
  culture_care: 16,
  suggestions: 13,
  other: 5,
};

/** Where people work, per 基层工会 (the demo unit keys). */
const PLACES: Record<string, readonly string[]> = {
  machinery: ['冲压车间', '装配车间', '机加工车间', '喷漆车间', '热处理车间'],
  logistics: ['分拣中心', '冷库', '装卸区', '配送站', '三号仓库'],
  hospital: ['住院部', '急诊科', '检验科', '后勤保障部', '供应室'],
  textile: ['织布车间', '印染车间', '纺纱车间', '成品仓库', '整经车间'],
  construction: ['一号工地', '钢筋加工棚', '搅拌站', '二标段项目部', '塔吊作业区'],
  sanitation: ['港区清扫班', '垃圾中转站', '洗扫车队', '公厕保洁班', '绿化养护班'],
};
const UNIT_WEIGHTS: Record<string, number> = { machinery: 22, logistics: 16, hospital: 12, textile: 20, construction: 16, sanitation: 14 };
const TOWN_OF: Record<string, 'town1' | 'town2'> = {
  machinery: 'town1',
  logistics: 'town1',
  hospital: 'town1',
  textile: 'town2',
  construction: 'town2',
  sanitation: 'town2',
};
const SLOTS: Record<string, readonly string[]> = {
  month: ['三', '四', '五', '六', '七', '八', '九', '十'],
  n: ['两', '三', '四'],
  shift: ['夜班', '中班', '大夜班'],
  dorm: ['1号', '3号', '5号', '东区', '西区'],
  money: ['三百', '五百', '八百', '一千二'],
  small: ['十', '十五', '二十', '三十'],
  big: ['三万多', '五万多', '八万'],
};

function weighted(next: () => number, weights: Record<string, number>): string {
  const entries = Object.entries(weights);
  let roll = next() * entries.reduce((sum, [, w]) => sum + w, 0);
  for (const [key, w] of entries) {
    roll -= w;
    if (roll < 0) return key;
  }
  return entries[entries.length - 1][0];
}

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)];

export interface DemoRequestContext {
  units: Map<string, { id: string; path: string }>;
  /** demo account username → id */
  users: Map<string, string>;
  categories: Map<string, { id: string; responseDays: number; resolutionDays: number }>;
  calendar: WorkingDayCalendar;
  now?: Date;
}

interface DemoRequest {
  id: string;
  unitId: string;
  categoryId: string;
  requesterId: string | null;
  title: string;
  description: string;
  submittedAt: Date;
  responseDueAt: Date;
  responseWarnAt: Date;
  status: RequestStatus;
  acceptedBy: string | null;
  acceptedAt: Date | null;
  resolutionDays: number;
  /** 代为登记: the channel, the cadre who took it, and a name when the requester gave one; null online */
  inPerson: { channel: InPersonChannel; takenById: string; requesterName: string | null } | null;
}

/** The demo requests, oldest first, before they get codes. Pure apart from the ids. */
export function planDemoRequests(context: DemoRequestContext, count = DEMO_REQUEST_COUNT): DemoRequest[] {
  const next = seededRandom(SEED);
  const nextInPerson = seededRandom(IN_PERSON_SEED);
  const now = (context.now ?? new Date()).getTime();
  const planned: DemoRequest[] = [];
  for (let i = 0; i < count; i++) {
    const categoryCode = weighted(next, CATEGORY_WEIGHTS);
    const unitKey = weighted(next, UNIT_WEIGHTS);
    const [titleTemplate, descriptionTemplate] = pick(next, TEMPLATES[categoryCode]);
    const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_m, slot: string) => pick(next, slot === 'place' ? PLACES[unitKey] : SLOTS[slot]));
    // Mostly daytime and evening, China time (UTC+8): 07:00–23:00.
    const daysAgo = Math.floor(next() * 180);
    const submittedAt = new Date(Math.floor((now - daysAgo * DAY_MS) / DAY_MS) * DAY_MS - 8 * HOUR_MS + (7 + next() * 16) * HOUR_MS);
    if (submittedAt.getTime() > now) submittedAt.setTime(now - next() * 6 * HOUR_MS);
    const category = context.categories.get(categoryCode);
    const unit = context.units.get(unitKey);
    if (!category || !unit) throw new Error(`demo data: unknown category ${categoryCode} or unit ${unitKey}`);
    const clock = context.calendar.clockPoints(submittedAt, category.responseDays);
    const realName = unitKey === 'machinery' && next() < 0.3;
    const acceptedAt = daysAgo > 7 && next() < 0.55 ? new Date(submittedAt.getTime() + (1 + next() * 30) * HOUR_MS) : null;
    const townCadre = context.users.get(TOWN_OF[unitKey] === 'town1' ? 'cadre' : 'cadre2') ?? null;
    // Heard by the town's cadre and written down the same day: its clocks start then, as an online one's would.
    const inPerson =
      !realName && townCadre && nextInPerson() < IN_PERSON_SHARE
        ? {
            channel: weighted(nextInPerson, CHANNEL_WEIGHTS) as InPersonChannel,
            takenById: townCadre,
            requesterName: nextInPerson() < 0.35 ? pick(nextInPerson, IN_PERSON_NAMES) : null,
          }
        : null;
    planned.push({
      id: randomUUID(),
      unitId: unit.id,
      categoryId: category.id,
      requesterId: realName ? (context.users.get('worker') ?? null) : null,
      title: fill(titleTemplate),
      description: fill(descriptionTemplate),
      submittedAt,
      responseDueAt: clock.dueAt,
      responseWarnAt: clock.warnAt,
      status: 'submitted',
      acceptedBy: acceptedAt ? townCadre : null,
      acceptedAt,
      resolutionDays: category.resolutionDays,
      inPerson,
    });
  }
  return planned.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
}

/** The China day (YYYY-MM-DD) of an instant: the day a request taken in person was heard. */
function heardOnOf(at: Date): string {
  return formatIsoDay(chinaDayNumber(at.getTime()));
}

/** Inserts the demo requests and their timeline events in a few statements. */
export async function seedDemoRequests(manager: EntityManager, context: DemoRequestContext): Promise<number> {
  const planned = planDemoRequests(context);
  const numbers: { n: number }[] = await manager.query(`SELECT nextval('request_code_seq')::int AS n FROM generate_series(1, $1)`, [planned.length]);
  const events: { requestId: string; action: string; from: string | null; to: string; actorId: string | null; at: Date; payload: object }[] = [];
  const accepted: RequestChanges[] = [];
  for (const request of planned) {
    const inPerson = request.inPerson;
    events.push({
      requestId: request.id,
      action: 'submit',
      from: null,
      to: 'submitted',
      actorId: inPerson ? inPerson.takenById : request.requesterId,
      at: request.submittedAt,
      payload: inPerson ? { channel: inPerson.channel, heardOn: heardOnOf(request.submittedAt) } : {},
    });
    if (!request.acceptedBy || !request.acceptedAt) {
      accepted.push({});
      continue;
    }
    // Accepted through the API's own step: the transition table, then the clocks the API starts.
    const { state, event, changes } = stepRequest(
      {
        status: request.status,
        reopenCount: 0,
        respondedAt: null,
        acceptedAt: null,
        resolutionDays: request.resolutionDays,
        resolutionDueAt: null,
        extensionDays: null,
        extendedDays: 0,
      },
      'accept',
      { id: request.acceptedBy, roles: ['cadre'] },
      {},
      { now: request.acceptedAt, calendar: context.calendar },
    );
    request.status = state.status;
    events.push({ requestId: request.id, action: event.action, from: event.from, to: event.to, actorId: event.actorId, at: request.acceptedAt, payload: {} });
    accepted.push(changes);
  }
  await manager.query(
    `INSERT INTO request (id, code, home_unit_id, handling_unit_id, category_id, requester_id, anonymous, title, description, status, version,
                          submitted_at, updated_at, response_due_at, response_warn_at, search_terms,
                          responded_at, accepted_at, resolution_due_at, resolution_warn_at, channel, heard_on, taken_by_id, requester_name)
     SELECT id, code, unit_id, unit_id, category_id, requester_id, requester_id IS NULL AND requester_name IS NULL, title, description, status,
            CASE WHEN status = 'submitted' THEN 1 ELSE 2 END, submitted_at, updated_at, response_due_at, response_warn_at, search_terms,
            responded_at, accepted_at, resolution_due_at, resolution_warn_at, COALESCE(channel, 'online'), heard_on, taken_by_id, requester_name
       FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::text[], $8::text[],
                   $9::timestamptz[], $10::timestamptz[], $11::timestamptz[], $12::timestamptz[], $13::text[],
                   $14::timestamptz[], $15::timestamptz[], $16::timestamptz[], $17::timestamptz[],
                   $18::text[], $19::date[], $20::uuid[], $21::text[])
         AS t(id, code, unit_id, category_id, requester_id, title, description, status, submitted_at, updated_at, response_due_at, response_warn_at, search_terms,
              responded_at, accepted_at, resolution_due_at, resolution_warn_at, channel, heard_on, taken_by_id, requester_name)`,
    [
      planned.map((r) => r.id),
      planned.map((r, i) => formatRequestCode(r.submittedAt, numbers[i].n)),
      planned.map((r) => r.unitId),
      planned.map((r) => r.categoryId),
      planned.map((r) => r.requesterId),
      planned.map((r) => r.title),
      planned.map((r) => r.description),
      planned.map((r) => r.status),
      planned.map((r) => r.submittedAt),
      planned.map((r) => r.acceptedAt ?? r.submittedAt),
      planned.map((r) => r.responseDueAt),
      planned.map((r) => r.responseWarnAt),
      planned.map((r) => requestTerms(r.title, r.description).join(' ')),
      accepted.map((c) => c.respondedAt ?? null),
      accepted.map((c) => c.acceptedAt ?? null),
      accepted.map((c) => c.resolutionDueAt ?? null),
      accepted.map((c) => c.resolutionWarnAt ?? null),
      planned.map((r) => r.inPerson?.channel ?? null),
      planned.map((r) => (r.inPerson ? heardOnOf(r.submittedAt) : null)),
      planned.map((r) => r.inPerson?.takenById ?? null),
      planned.map((r) => r.inPerson?.requesterName ?? null),
    ],
  );
  await manager.query(
    `INSERT INTO request_event (request_id, action, from_status, to_status, actor_id, payload, public, at)
     SELECT request_id, action, from_status, to_status, actor_id, payload, true, at
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::timestamptz[], $7::jsonb[]) AS t(request_id, action, from_status, to_status, actor_id, at, payload)`,
    [
      events.map((e) => e.requestId),
      events.map((e) => e.action),
      events.map((e) => e.from),
      events.map((e) => e.to),
      events.map((e) => e.actorId),
      events.map((e) => e.at),
      events.map((e) => JSON.stringify(e.payload)),
    ],
  );
  return planned.length;
}
