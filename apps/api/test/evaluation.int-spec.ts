// 评估问效 on a constructed data set: requests made through the API, then their clocks and answers set by SQL, so
// every figure below is worked out by hand. Two units (A = 江海精密机械有限公司工会 under 滨江街道, B = 临港纺织集团工会
// under 临港镇), two periods (P1 = March 2025, P2 = April 2025, China days), and 满意率's w changed from 1 to 0.5.
// Far-past periods and far-future (2099) due dates keep the figures independent of the day the test runs.
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { act, inStatus, submit } from './support/factories';
import { testWorld, unitByName, type TestWorld } from './support/world';
import { createTestApp, type TestApp } from './test-app';

type Answer = [resolved: string, satisfaction: string, at: string];
interface Spec {
  name: string;
  unit: 'A' | 'B';
  status: string;
  submitted: string;
  responseDue: string;
  responded?: string;
  accepted?: string;
  resolutionDue?: string;
  resolved?: string;
  reopen?: number;
  answers?: Answer[];
}

const FUTURE = '2099-01-01T00:00:00+08:00';
const t8 = (text: string) => `2025-${text}:00+08:00`; // 'MM-DDTHH:MM' in China time

/*
 * Unit A, P1 (2025-03)                      response (due, done)        resolution (accepted, due, resolved)     answers (latest counts)
 * A1  closed       03-03 09:00  due 03-05, 03-04 10:00 on time (25h)   03-04 10:00, 03-25, 03-20 10:00 on time (384h)   resolved/satisfied
 * A2  closed       03-05 09:00  due 03-07, 03-08 09:00 LATE   (72h)   03-08 09:00, 03-28, 04-02 09:00 LATE    (600h)   partly/basically
 * A3  closed, 重办1 03-10 09:00  due 03-12, 03-11 09:00 on time (24h)   03-11 09:00, 03-31, 03-30 09:00 on time (456h)   unresolved/dissatisfied, then resolved/basically
 * A4  in_progress  03-12 09:00  due 03-14, 03-12 15:00 on time (6h)    03-12 15:00, 04-03, —  (past due: overdue)
 * A5  submitted    03-15 09:00  due 03-17, never (due: counts, late)
 * A6  rejected     03-18 09:00  due 03-20, 03-18 11:00 on time (2h)
 * A7  withdrawn    03-20 09:00  — left out
 * A8  closed       03-21 09:00  excluded as 不合理诉求 through the API — left out
 * A9  resolved     03-22 09:00  due 03-24, 03-23 13:00 on time (28h)   03-23 13:00, 2099, 03-28 13:00 on time (120h)    none yet
 * A10 in_progress  03-25 09:00  due 03-27, 03-26 09:00 on time (24h)   03-26 09:00, 2099, — (not due)
 * A11 submitted    03-31 23:30  due 2099 (not due), never                                         (last minute of P1 in China time)
 *
 * rows 9 (A1–A6, A9–A11)
 * 响应率      responded on time {A1,A3,A4,A6,A9,A10}=6 ÷ due {A1,A2,A3,A4,A5,A6,A9,A10}=8 = 0.75
 * 按时办结率  {A1,A3,A9}=3 ÷ accepted & (resolved or due) {A1,A2,A3,A4,A9}=5 = 0.6
 * 解决率      {A1,A3}=2 ÷ answered {A1,A2,A3}=3;  部分解决 {A2}=1 ÷ 3
 * 满意率 w=1  (满意 {A1}=1 + 1·基本满意 {A2,A3}=2) ÷ 3 = 1;  w=0.5: (1 + 0.5·2) ÷ 3 = 2/3;  满意 alone 1 ÷ 3
 * 参评率      3 ÷ resolved-or-closed {A1,A2,A3,A9}=4
 * 超期率      {A2,A4}=2 ÷ accepted {A1,A2,A3,A4,A9,A10}=6
 * 重办率      {A3}=1 ÷ 4
 * median response hours of {25,72,24,6,2,28,24} = 24; median resolve hours of {384,600,456,120} = (384+456)/2 = 420
 * backlog {A4,A5,A10,A11} = 4
 * 综合得分 w=1: 0.30·0.75 + 0.35·2/3 + 0.35·1;  w=0.5: 0.30·0.75 + 0.35·2/3 + 0.35·2/3
 *
 * Unit B, P1
 * B1  closed       03-02 09:00  due 03-03, 03-02 10:00 on time (1h)    03-02 10:00, 03-20, 03-10 09:00 on time (191h)   resolved/satisfied
 * B2  closed, 重办2 03-06 09:00  due 03-09, 03-09 10:00 LATE   (73h)   03-09 10:00, 03-27, 03-26 09:00 on time (407h)   unresolved/dissatisfied ×3
 * B3  closed       03-16 09:00  due 03-17, 03-16 12:00 on time (3h)    03-16 12:00, 03-30, 03-29 09:00 on time (309h)   partly/satisfied
 * B4  merged       03-20 09:00  due 03-21, 03-20 10:00 on time (1h)
 * 响应率 3/4; 按时办结率 3/3; 解决率 1/3; 部分解决 1/3; 满意率 2/3 (no 基本满意: same for any w); 满意 2/3; 参评率 3/3;
 * 超期率 0/3; 重办率 1/3; median response of {1,73,3,1} = 2; median resolve of {191,407,309} = 309; backlog 0;
 * 综合得分 0.30·0.75 + 0.35·1/3 + 0.35·2/3
 *
 * Unit A, P2 (2025-04)
 * A12 closed       04-01 00:30 (first minute of P2)  due 04-02, 04-01 08:30 on time (8h)   04-01 08:30, 04-22, 04-15 08:30 on time (336h)   resolved/satisfied
 * A13 submitted    04-10 09:00  due 04-11, never
 * 响应率 1/2; 按时办结率 1/1; 解决率 1/1; 部分解决 0/1; 满意率 1/1; 满意 1/1; 参评率 1/1; 超期率 0/1; 重办率 0/1;
 * medians 8 and 336; backlog 1 (A13); 综合得分 0.30·0.5 + 0.35 + 0.35
 *
 * Unit B, P2
 * B5  closed       04-05 09:00  due 04-07, 04-06 09:00 on time (24h)   04-06 09:00, 04-20, 04-25 09:00 LATE (456h)      resolved/basically
 * 响应率 1/1; 按时办结率 0/1; 解决率 1/1; 部分解决 0/1; 满意率 w=1 1/1, w=0.5 0.5/1; 满意 0/1; 参评率 1/1; 超期率 1/1;
 * 重办率 0/1; medians 24 and 456; backlog 0; 综合得分 w=1: 0.30 + 0.35 + 0.35; w=0.5: 0.30 + 0.35 + 0.35·0.5
 */
const SPECS: Spec[] = [
  {
    name: 'A1',
    unit: 'A',
    status: 'closed',
    submitted: t8('03-03T09:00'),
    responseDue: t8('03-05T09:00'),
    responded: t8('03-04T10:00'),
    resolutionDue: t8('03-25T09:00'),
    resolved: t8('03-20T10:00'),
    answers: [['resolved', 'satisfied', t8('03-21T09:00')]],
  },
  {
    name: 'A2',
    unit: 'A',
    status: 'closed',
    submitted: t8('03-05T09:00'),
    responseDue: t8('03-07T09:00'),
    responded: t8('03-08T09:00'),
    resolutionDue: t8('03-28T09:00'),
    resolved: t8('04-02T09:00'),
    answers: [['partly', 'basically_satisfied', t8('04-03T09:00')]],
  },
  {
    name: 'A3',
    unit: 'A',
    status: 'closed',
    submitted: t8('03-10T09:00'),
    responseDue: t8('03-12T09:00'),
    responded: t8('03-11T09:00'),
    resolutionDue: t8('03-31T09:00'),
    resolved: t8('03-30T09:00'),
    reopen: 1,
    answers: [
      ['unresolved', 'dissatisfied', t8('03-25T09:00')],
      ['resolved', 'basically_satisfied', t8('04-05T09:00')],
    ],
  },
  { name: 'A4', unit: 'A', status: 'in_progress', submitted: t8('03-12T09:00'), responseDue: t8('03-14T09:00'), responded: t8('03-12T15:00'), resolutionDue: t8('04-03T09:00') },
  { name: 'A5', unit: 'A', status: 'submitted', submitted: t8('03-15T09:00'), responseDue: t8('03-17T09:00') },
  { name: 'A6', unit: 'A', status: 'rejected', submitted: t8('03-18T09:00'), responseDue: t8('03-20T09:00'), responded: t8('03-18T11:00'), accepted: 'none' },
  { name: 'A7', unit: 'A', status: 'withdrawn', submitted: t8('03-20T09:00'), responseDue: t8('03-22T09:00') },
  {
    name: 'A8',
    unit: 'A',
    status: 'closed',
    submitted: t8('03-21T09:00'),
    responseDue: t8('03-23T09:00'),
    responded: t8('03-21T10:00'),
    resolutionDue: t8('04-10T09:00'),
    resolved: t8('03-22T09:00'),
    answers: [['unresolved', 'dissatisfied', t8('03-23T09:00')]],
  },
  {
    name: 'A9',
    unit: 'A',
    status: 'resolved',
    submitted: t8('03-22T09:00'),
    responseDue: t8('03-24T09:00'),
    responded: t8('03-23T13:00'),
    resolutionDue: FUTURE,
    resolved: t8('03-28T13:00'),
  },
  { name: 'A10', unit: 'A', status: 'in_progress', submitted: t8('03-25T09:00'), responseDue: t8('03-27T09:00'), responded: t8('03-26T09:00'), resolutionDue: FUTURE },
  { name: 'A11', unit: 'A', status: 'submitted', submitted: t8('03-31T23:30'), responseDue: FUTURE },
  {
    name: 'B1',
    unit: 'B',
    status: 'closed',
    submitted: t8('03-02T09:00'),
    responseDue: t8('03-03T09:00'),
    responded: t8('03-02T10:00'),
    resolutionDue: t8('03-20T09:00'),
    resolved: t8('03-10T09:00'),
    answers: [['resolved', 'satisfied', t8('03-11T09:00')]],
  },
  {
    name: 'B2',
    unit: 'B',
    status: 'closed',
    submitted: t8('03-06T09:00'),
    responseDue: t8('03-09T09:00'),
    responded: t8('03-09T10:00'),
    resolutionDue: t8('03-27T09:00'),
    resolved: t8('03-26T09:00'),
    reopen: 2,
    answers: [
      ['unresolved', 'dissatisfied', t8('03-15T09:00')],
      ['unresolved', 'dissatisfied', t8('03-20T09:00')],
      ['unresolved', 'dissatisfied', t8('03-28T09:00')],
    ],
  },
  {
    name: 'B3',
    unit: 'B',
    status: 'closed',
    submitted: t8('03-16T09:00'),
    responseDue: t8('03-17T09:00'),
    responded: t8('03-16T12:00'),
    resolutionDue: t8('03-30T09:00'),
    resolved: t8('03-29T09:00'),
    answers: [['partly', 'satisfied', t8('03-30T09:00')]],
  },
  { name: 'B4', unit: 'B', status: 'merged', submitted: t8('03-20T09:00'), responseDue: t8('03-21T09:00'), responded: t8('03-20T10:00'), accepted: 'none' },
  {
    name: 'A12',
    unit: 'A',
    status: 'closed',
    submitted: t8('04-01T00:30'),
    responseDue: t8('04-02T00:30'),
    responded: t8('04-01T08:30'),
    resolutionDue: t8('04-22T09:00'),
    resolved: t8('04-15T08:30'),
    answers: [['resolved', 'satisfied', t8('04-16T09:00')]],
  },
  { name: 'A13', unit: 'A', status: 'submitted', submitted: t8('04-10T09:00'), responseDue: t8('04-11T09:00') },
  {
    name: 'B5',
    unit: 'B',
    status: 'closed',
    submitted: t8('04-05T09:00'),
    responseDue: t8('04-07T09:00'),
    responded: t8('04-06T09:00'),
    resolutionDue: t8('04-20T09:00'),
    resolved: t8('04-25T09:00'),
    answers: [['resolved', 'basically_satisfied', t8('04-26T09:00')]],
  },
];

type Ratio = [numerator: number, denominator: number];
interface Expected {
  responseRate: Ratio;
  onTimeResolutionRate: Ratio;
  resolutionRate: Ratio;
  partlyRate: Ratio;
  satisfactionRate: Ratio;
  satisfiedOnlyRate: Ratio;
  participationRate: Ratio;
  overdueRate: Ratio;
  reopenRate: Ratio;
  medianResponseHours: [value: number, sampleSize: number];
  medianResolveHours: [value: number, sampleSize: number];
  backlog: number;
  compositeScore: number;
}

const A_P1 = (w: number): Expected => ({
  responseRate: [6, 8],
  onTimeResolutionRate: [3, 5],
  resolutionRate: [2, 3],
  partlyRate: [1, 3],
  satisfactionRate: [1 + w * 2, 3],
  satisfiedOnlyRate: [1, 3],
  participationRate: [3, 4],
  overdueRate: [2, 6],
  reopenRate: [1, 4],
  medianResponseHours: [24, 7],
  medianResolveHours: [420, 4],
  backlog: 4,
  compositeScore: 0.3 * 0.75 + 0.35 * (2 / 3) + 0.35 * ((1 + w * 2) / 3),
});
const B_P1: Expected = {
  responseRate: [3, 4],
  onTimeResolutionRate: [3, 3],
  resolutionRate: [1, 3],
  partlyRate: [1, 3],
  satisfactionRate: [2, 3],
  satisfiedOnlyRate: [2, 3],
  participationRate: [3, 3],
  overdueRate: [0, 3],
  reopenRate: [1, 3],
  medianResponseHours: [2, 4],
  medianResolveHours: [309, 3],
  backlog: 0,
  compositeScore: 0.3 * 0.75 + 0.35 * (1 / 3) + 0.35 * (2 / 3),
};
const A_P2: Expected = {
  responseRate: [1, 2],
  onTimeResolutionRate: [1, 1],
  resolutionRate: [1, 1],
  partlyRate: [0, 1],
  satisfactionRate: [1, 1],
  satisfiedOnlyRate: [1, 1],
  participationRate: [1, 1],
  overdueRate: [0, 1],
  reopenRate: [0, 1],
  medianResponseHours: [8, 1],
  medianResolveHours: [336, 1],
  backlog: 1,
  compositeScore: 0.3 * 0.5 + 0.35 + 0.35,
};
const B_P2 = (w: number): Expected => ({
  responseRate: [1, 1],
  onTimeResolutionRate: [0, 1],
  resolutionRate: [1, 1],
  partlyRate: [0, 1],
  satisfactionRate: [w, 1],
  satisfiedOnlyRate: [0, 1],
  participationRate: [1, 1],
  overdueRate: [1, 1],
  reopenRate: [0, 1],
  medianResponseHours: [24, 1],
  medianResolveHours: [456, 1],
  backlog: 0,
  compositeScore: 0.3 + 0.35 + 0.35 * w,
});

const RATIOS = [
  'responseRate',
  'onTimeResolutionRate',
  'resolutionRate',
  'partlyRate',
  'satisfactionRate',
  'satisfiedOnlyRate',
  'participationRate',
  'overdueRate',
  'reopenRate',
] as const;
const P1 = 'from=2025-03-01&to=2025-03-31';
const P2 = 'from=2025-04-01&to=2025-04-30';

describe('评估问效 figures on a constructed data set (real HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let w: TestWorld;
  let db: DataSource;
  const ids = new Map<string, string>();
  let unitA: string;
  let unitB: string;

  const get = (path: string, who = 'leader') => t.request('GET', path, { token: w.tokens[who] });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON
  function expectFigures(figures: any, expected: Expected) {
    for (const name of RATIOS) {
      const [numerator, denominator] = expected[name];
      expect({ name, numerator: figures[name].numerator, denominator: figures[name].denominator }).toEqual({ name, numerator: expect.closeTo(numerator, 9), denominator });
      expect(figures[name].value).toBeCloseTo(numerator / denominator, 9);
    }
    expect(figures.medianResponseHours).toEqual({ value: expected.medianResponseHours[0], sampleSize: expected.medianResponseHours[1], estimated: false });
    expect(figures.medianResolveHours).toEqual({ value: expected.medianResolveHours[0], sampleSize: expected.medianResolveHours[1], estimated: false });
    expect(figures.backlog).toBe(expected.backlog);
    expect(figures.compositeScore.value).toBeCloseTo(expected.compositeScore, 9);
  }

  async function create(spec: Spec): Promise<string> {
    const { id } = await submit(w, 'worker', { title: `评估数据 ${spec.name} 车间空调不制冷`, description: `构造的评估数据 ${spec.name}：车间空调不制冷，工人中暑风险很高。` });
    const unit = spec.unit === 'A' ? unitA : unitB;
    const accepted = spec.accepted === 'none' ? null : (spec.accepted ?? (spec.resolutionDue ? spec.responded : null));
    await db.query(
      `UPDATE request SET home_unit_id = $2, handling_unit_id = $2, status = $3, submitted_at = $4, response_due_at = $5, responded_at = $6,
              accepted_at = $7, resolution_due_at = $8, resolved_at = $9, reopen_count = $10, closed_at = CASE WHEN $3 = 'closed' THEN $9::timestamptz END
        WHERE id = $1`,
      [id, unit, spec.status, spec.submitted, spec.responseDue, spec.responded ?? null, accepted ?? null, spec.resolutionDue ?? null, spec.resolved ?? null, spec.reopen ?? 0],
    );
    for (const [round, [resolved, satisfaction, at]] of (spec.answers ?? []).entries()) {
      await db.query(`INSERT INTO request_answer (request_id, source, resolved, satisfaction, round, answered_at) VALUES ($1, 'feedback', $2, $3, $4, $5)`, [
        id,
        resolved,
        satisfaction,
        round,
        at,
      ]);
    }
    return id;
  }

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    w = await testWorld(t);
    unitA = unitByName(w, '江海精密机械有限公司工会').id;
    unitB = unitByName(w, '临港纺织集团工会').id;
    for (const spec of SPECS) ids.set(spec.name, await create(spec));
    const excluded = await t.request('POST', `/api/requests/${ids.get('A8')}/exclusion`, { token: w.tokens.cadre, body: { reason: '反映的是个人与邻居的纠纷，不属于工会职责' } });
    expect(excluded.status).toBe(200);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('with the default settings (w = 1)', () => {
    it.each([
      ['A', 'P1', () => unitA, P1, A_P1(1)],
      ['B', 'P1', () => unitB, P1, B_P1],
      ['A', 'P2', () => unitA, P2, A_P2],
      ['B', 'P2', () => unitB, P2, B_P2(1)],
    ])('unit %s, period %s: every figure, numerator and denominator', async (_unit, _period, unit, period, expected) => {
      const res = await get(`/api/dashboard/summary?${period}&unitId=${unit()}`);
      expect(res.status).toBe(200);
      expectFigures(res.body.figures, expected);
      expect(res.body.figures.sampleSufficient).toBe(false);
    });

    it('the whole district adds the two units up; a cadre sees only their own subtree', async () => {
      const district = (await get(`/api/dashboard/summary?${P1}`)).body.figures;
      expect(district.responseRate).toMatchObject({ numerator: 9, denominator: 12 });
      expect(district.satisfactionRate).toMatchObject({ numerator: 5, denominator: 6 });
      expect(district.backlog).toBe(4);
      const cadre = await get(`/api/dashboard/summary?${P1}`, 'cadre');
      expectFigures(cadre.body.figures, A_P1(1));
      expect((await get(`/api/dashboard/summary?${P1}&unitId=${unitB}`, 'cadre')).status).toBe(404);
      expect((await get(`/api/dashboard/summary?${P1}`, 'worker')).status).toBe(403);
      expect((await get(`/api/dashboard/summary?from=2025-02-30&to=2025-03-31`)).status).toBe(400);
      expect((await get(`/api/dashboard/summary?from=2025-04-01&to=2025-03-31`)).status).toBe(400);
    });

    it('each figure clicks through to exactly its numerator and denominator requests', async () => {
      const figures = (await get(`/api/dashboard/summary?${P1}&unitId=${unitA}`)).body.figures;
      const all = [...RATIOS, 'medianResponseHours', 'medianResolveHours', 'backlog'] as const;
      for (const figure of all) {
        for (const part of ['numerator', 'denominator'] as const) {
          const res = await get(`/api/dashboard/requests?${P1}&unitId=${unitA}&figure=${figure}&part=${part}&limit=500`);
          expect(res.status).toBe(200);
          const value = figure === 'backlog' ? figures.backlog : figure.startsWith('median') ? figures[figure].sampleSize : figures[figure][part];
          expect({ figure, part, total: res.body.total, listed: res.body.items.length }).toEqual({ figure, part, total: value, listed: value });
        }
      }
      const names = async (figure: string, part: string) => {
        const res = await get(`/api/dashboard/requests?${P1}&unitId=${unitA}&figure=${figure}&part=${part}`);
        const byId = new Map([...ids].map(([name, id]) => [id, name]));
        return res.body.items.map((item: { id: string }) => byId.get(item.id));
      };
      expect(await names('responseRate', 'numerator')).toEqual(['A1', 'A3', 'A4', 'A6', 'A9', 'A10']);
      expect(await names('overdueRate', 'numerator')).toEqual(['A2', 'A4']);
      expect(await names('backlog', 'numerator')).toEqual(['A4', 'A5', 'A10', 'A11']);
      // paging
      const page2 = await get(`/api/dashboard/requests?${P1}&unitId=${unitA}&figure=responseRate&part=denominator&limit=5&page=2`);
      expect(page2.body).toMatchObject({ total: 8, page: 2, limit: 5 });
      expect(page2.body.items).toHaveLength(3);
    });

    it('breaks down by unit (样本不足 under the minimum sample), by category and by month', async () => {
      const byUnit = (await get(`/api/dashboard/breakdown?by=unit&${P1}`)).body.rows;
      expect(byUnit).toHaveLength(9);
      expect(byUnit.every((row: { standing: string }) => row.standing === 'insufficient_sample')).toBe(true);
      expectFigures(byUnit.find((row: { key: string }) => row.key === unitA).figures, A_P1(1));
      expectFigures(byUnit.find((row: { key: string }) => row.key === unitB).figures, B_P1);
      const byMonth = (await get(`/api/dashboard/breakdown?by=month&from=2025-03-01&to=2025-04-30`)).body.rows;
      expect(byMonth.map((row: { key: string }) => row.key)).toEqual(['2025-03', '2025-04']);
      expect(byMonth[1].figures.responseRate).toMatchObject({ numerator: 2, denominator: 3 }); // A12 (first minute of April), A13, B5
      const byCategory = (await get(`/api/dashboard/breakdown?by=category&${P1}`)).body.rows;
      expect(byCategory).toHaveLength(1);
      expect(byCategory[0].figures.responseRate).toMatchObject({ numerator: 9, denominator: 12 });
    });
  });

  describe('after an admin changes the settings (w = 0.5, minimum sample 3)', () => {
    beforeAll(async () => {
      const settings = { basicallySatisfiedWeight: 0.5, weights: { response: 0.3, resolution: 0.35, satisfaction: 0.35 }, minSample: 3 };
      expect((await t.request('PUT', '/api/settings/evaluation', { token: w.tokens.leader, body: settings })).status).toBe(403);
      const bad = await t.request('PUT', '/api/settings/evaluation', {
        token: w.tokens.admin,
        body: { ...settings, weights: { response: 0.5, resolution: 0.5, satisfaction: 0.5 } },
      });
      expect(bad.status).toBe(400);
      const res = await t.request('PUT', '/api/settings/evaluation', { token: w.tokens.admin, body: settings });
      expect(res.status).toBe(200);
      expect((await get('/api/settings/evaluation')).body).toEqual(settings);
    });

    it('the change is on the audit log with before and after', async () => {
      const audit = (await get('/api/audit?action=evaluation.settings.update', 'admin')).body.items;
      expect(audit).toHaveLength(1);
      expect(audit[0].before.basicallySatisfiedWeight).toBe(1);
      expect(audit[0].after).toMatchObject({ basicallySatisfiedWeight: 0.5, minSample: 3 });
    });

    it.each([
      ['A', 'P1', () => unitA, P1, A_P1(0.5)],
      ['B', 'P1', () => unitB, P1, B_P1],
      ['A', 'P2', () => unitA, P2, A_P2],
      ['B', 'P2', () => unitB, P2, B_P2(0.5)],
    ])('unit %s, period %s', async (_unit, _period, unit, period, expected) => {
      expectFigures((await get(`/api/dashboard/summary?${period}&unitId=${unit()}`)).body.figures, expected);
    });

    it('满意率 numerator with w < 1 lists the requests that add to it (满意 and 基本满意)', async () => {
      const res = await get(`/api/dashboard/requests?${P1}&unitId=${unitA}&figure=satisfactionRate&part=numerator`);
      expect(res.body.total).toBe(3); // A1 (1) + A2, A3 (0.5 each) = numerator 2
    });

    it('ranks units with at least 3 answers; the others show 样本不足', async () => {
      const rows = (await get(`/api/dashboard/breakdown?by=unit&${P1}`)).body.rows;
      expect(rows.slice(0, 2).map((row: { key: string; rank: number }) => [row.key, row.rank])).toEqual([
        [unitA, 1],
        [unitB, 2],
      ]);
      expect(rows[0].figures.compositeScore.value).toBeCloseTo(A_P1(0.5).compositeScore, 9);
      expect(rows.slice(2).every((row: { note: string }) => row.note === '样本不足')).toBe(true);
    });
  });

  describe('Excel exports', () => {
    async function workbook(path: string): Promise<ExcelJS.Workbook> {
      const response = await fetch(`${t.baseUrl}${path}`, { headers: { authorization: `Bearer ${w.tokens.leader}` } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('spreadsheetml');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await response.arrayBuffer());
      return book;
    }

    it('the figures and the breakdown by unit read back as the API gives them', async () => {
      const query = `${P1}&unitId=${unitA}`;
      const { figures } = (await get(`/api/dashboard/summary?${query}`)).body;
      const book = await workbook(`/api/dashboard/export.xlsx?${query}`);
      const sheet = book.getWorksheet('指标') as ExcelJS.Worksheet;
      const rows = new Map<string, unknown[]>();
      sheet.eachRow((row, n) => {
        if (n > 2) rows.set(String(row.getCell(2).value), [row.getCell(3).value, row.getCell(4).value, row.getCell(5).value]);
      });
      for (const name of RATIOS) expect(rows.get(name)).toEqual([figures[name].value, figures[name].numerator, figures[name].denominator]);
      expect(rows.get('medianResolveHours')).toEqual([420, 4, 4]);
      expect(rows.get('backlog')?.[0]).toBe(4);
      expect(rows.get('compositeScore')?.[0]).toBeCloseTo(figures.compositeScore.value, 12);

      const units = book.getWorksheet('单位排名') as ExcelJS.Worksheet;
      expect(units.rowCount).toBe(2); // header + unit A's subtree (A itself)
      expect(units.getRow(2).getCell(3).value).toBe(unitA);
      expect(units.getRow(2).getCell(2).value).toBe('江海精密机械有限公司工会');
    });

    it('the requests behind a figure', async () => {
      const book = await workbook(`/api/dashboard/requests.xlsx?${P1}&unitId=${unitA}&figure=responseRate&part=denominator`);
      const sheet = book.getWorksheet('诉求') as ExcelJS.Worksheet;
      expect(sheet.rowCount).toBe(1 + 8);
      const listed: string[] = [];
      sheet.eachRow((row, n) => {
        if (n > 1) listed.push(String(row.getCell(8).value));
      });
      const api = (await get(`/api/dashboard/requests?${P1}&unitId=${unitA}&figure=responseRate&part=denominator`)).body.items.map((item: { id: string }) => item.id);
      expect(listed).toEqual(api);
    });
  });

  describe('hotspots (未诉先办)', () => {
    it('clusters category × unit × month and counts shared terms', async () => {
      const res = await get(`/api/dashboard/hotspots?${P1}`);
      expect(res.status).toBe(200);
      // P1 rows: A (9 requests), B (4), one category: two clusters, A's first
      expect(res.body.clusters.map((c: { unitId: string; month: string; count: number }) => [c.unitId, c.month, c.count])).toEqual([
        [unitA, '2025-03', 9],
        [unitB, '2025-03', 4],
      ]);
      // a cluster's requests come when it is opened, in the same period and scope
      const opened = (cluster: { unitId: string; categoryId: string; month: string }, query = P1, who?: string) =>
        get(`/api/dashboard/hotspots/requests?${query}&clusterUnitId=${cluster.unitId}&categoryId=${cluster.categoryId}&month=${cluster.month}`, who);
      expect((await opened(res.body.clusters[0])).body.requestIds).toHaveLength(9);
      expect((await opened(res.body.clusters[0], P1, 'cadre2')).status).toBe(404);
      expect((await opened({ ...res.body.clusters[0], month: '2025-13' })).body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'month' }] });
      // every constructed request says 空调 (air conditioning): 13 requests
      expect(res.body.terms.find((term: { term: string }) => term.term === '空调')).toEqual({ term: '空调', count: 13 });
      expect((await get(`/api/dashboard/hotspots?${P1}&unitId=${unitB}`, 'cadre')).status).toBe(404);
    });
  });

  describe('不合理诉求 exclusion', () => {
    it('is audited, scoped and can be lifted', async () => {
      const a8 = ids.get('A8');
      expect((await t.request('POST', `/api/requests/${a8}/exclusion`, { token: w.tokens.cadre2, body: { reason: 'x' } })).status).toBe(404);
      expect((await t.request('POST', `/api/requests/${a8}/exclusion`, { token: w.tokens.cadre, body: { reason: '再次' } })).status).toBe(422);
      const audit = (await get('/api/audit?action=request.exclusion.set', 'admin')).body.items;
      expect(audit[0]).toMatchObject({ entityId: a8, after: { excluded: true } });
      // Lifted, A8 counts again (one more answered, unresolved) — then excluded again for the other tests.
      expect((await t.request('DELETE', `/api/requests/${a8}/exclusion`, { token: w.tokens.leader })).status).toBe(200);
      expect((await get(`/api/dashboard/summary?${P1}&unitId=${unitA}`)).body.figures.resolutionRate).toMatchObject({ numerator: 2, denominator: 4 });
      expect((await t.request('POST', `/api/requests/${a8}/exclusion`, { token: w.tokens.leader, body: { reason: '不属于工会职责' } })).status).toBe(200);
    });
  });

  describe('answers are stored with the action', () => {
    /** Accepted, assigned to the cadre and resolved; submitted by the worker, or anonymously (null). */
    const resolvedRequest = (from: 'worker' | null) =>
      inStatus(w, 'resolved', {
        from,
        request: { title: '食堂饭菜涨价', description: '食堂饭菜价格一个月涨了两次，职工负担加重。' },
        input: { resolve: { resolution: '已与食堂协商恢复原价' } },
      });
    const answersOf = (id: string) =>
      db.query(
        `SELECT source, resolved, satisfaction, comment, channel, round, recorded_by IS NOT NULL AS recorded FROM request_answer WHERE request_id = $1 ORDER BY answered_at`,
        [id],
      );

    it('feedback and 回访 by logged-in people, one row per round', async () => {
      const r = await resolvedRequest('worker');
      await act(w, 'worker', r.id, 'feedback', { resolved: 'unresolved', satisfaction: 'dissatisfied', comment: '价格还是没降' });
      await act(w, 'cadre', r.id, 'resolve', { resolution: '食堂已公示价格并恢复' });
      const closed = await act(w, 'cadre', r.id, 'return_visit', { resolved: 'resolved', satisfaction: 'basically_satisfied', channel: 'phone' });
      expect(closed.status).toBe('closed');
      expect(await answersOf(r.id)).toEqual([
        { source: 'feedback', resolved: 'unresolved', satisfaction: 'dissatisfied', comment: '价格还是没降', channel: null, round: 0, recorded: true },
        { source: 'return_visit', resolved: 'resolved', satisfaction: 'basically_satisfied', comment: null, channel: 'phone', round: 1, recorded: true },
      ]);
    });

    it('an anonymous requester answers with code and secret', async () => {
      const r = await resolvedRequest(null);
      const answer = { resolved: 'resolved', satisfaction: 'satisfied', comment: '谢谢工会' };
      expect((await t.request('POST', `/api/track/${r.code}/feedback`, { body: { ...answer, secret: 'wrong-secret' } })).status).toBe(404);
      expect((await t.request('POST', `/api/track/NOPE-1/feedback`, { body: { ...answer, secret: r.trackingSecret } })).status).toBe(404);
      expect((await t.request('POST', `/api/track/${r.code}/feedback`, { body: { ...answer, resolved: 'maybe', secret: r.trackingSecret } })).status).toBe(400);
      const res = await t.request('POST', `/api/track/${r.code}/feedback`, { body: { ...answer, secret: r.trackingSecret } });
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('closed');
      expect(await answersOf(r.id)).toEqual([
        { source: 'feedback', resolved: 'resolved', satisfaction: 'satisfied', comment: '谢谢工会', channel: null, round: 0, recorded: false },
      ]);
      expect((await t.request('POST', `/api/track/${r.code}/feedback`, { body: { ...answer, secret: r.trackingSecret } })).status).toBe(422);
      const tracked = (await t.request('GET', `/api/track/${r.code}?secret=${r.trackingSecret}`)).body;
      expect(tracked.timeline.at(-1)).toMatchObject({ action: 'feedback', toStatus: 'closed' });
    });
  });
});
