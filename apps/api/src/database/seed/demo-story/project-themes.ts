// The demo's five 实事项目, one in each state of their life: what they are about, the requests that prompted them
// (by title), and when each step happened.
import type { ProjectStatus } from '@banshishi/workflow';
import type { TownKey } from './story';

export interface ProjectTheme {
  /** the titles of the requests that prompted it */
  titles: readonly string[];
  title: string;
  goal: string;
  plan: string;
  budget: number;
  beneficiaries: number;
  /** where the story leaves it */
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

export const THEMES: readonly ProjectTheme[] = [
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
    comments: { submit: '入冬后热水问题更突出，职工反映集中，请尽快审批。', approve: '', report: '' },
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
