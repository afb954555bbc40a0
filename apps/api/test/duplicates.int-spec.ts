// Duplicates over real HTTP and PostgreSQL: among 50 requests of one town, a reworded near-duplicate finds its
// original first, while typing (worker or anonymous entry page) and when a cadre opens it; scope keeps towns apart.
import { DataSource } from 'typeorm';
import { submit } from './support/factories';
import { clientAddresses } from './support/http';
import { category, entryTokenOf, testWorld, type TestWorld } from './support/world';
import { createTestApp, type TestApp } from './test-app';

/** [category code, title, description]: what workers of one town (a machinery plant) might write in a season. */
const TOWN_REQUESTS: [string, string, string][] = [
  ['culture_care', '食堂午饭排队要等半小时以上', '食堂午饭排队要等半小时以上，能否多开几个打饭窗口，我们午休时间本来就短。'],
  ['culture_care', '食堂饭菜价格又涨了', '这个月食堂一份荤菜从8元涨到10元，分量还变少了，希望公开菜价和成本。'],
  ['culture_care', '食堂晚上没有夜宵', '夜班工人半夜饿了只能吃泡面，希望食堂晚上十二点提供一顿夜宵。'],
  ['culture_care', '宿舍热水时有时无', '三号宿舍楼晚上十点以后经常没有热水，冬天洗澡很困难，希望检修热水器。'],
  ['culture_care', '宿舍空调坏了一个月没人修', '宿舍楼205房间空调坏了一个多月，报修三次都没有人来，夏天晚上根本睡不着。'],
  ['culture_care', '宿舍洗衣机太少', '整栋宿舍楼只有两台洗衣机，下班后要排很久，希望再添置几台。'],
  ['suggestions', '夜班下班没有班车回市区', '夜班凌晨两点下班后没有公交，只能打车，一个月车费好几百，希望开通夜班班车。'],
  ['suggestions', '厂区门口早上堵车严重', '早上七点半厂区门口货车和电动车混在一起，非常危险，建议错峰进厂或安排人员疏导。'],
  ['suggestions', '电动车充电桩不够用', '车棚只有十个充电桩，几百辆电动车抢着充，很多人私拉电线，有火灾隐患。'],
  ['wages', '加班费计算不对', '上个月周末加班四天，工资条上加班费只按平时的标准算，没有按双倍工资计算。'],
  ['wages', '工资条看不懂', '工资条上扣款项目很多，没有说明是什么钱，问财务也说不清楚，希望每项写明白。'],
  ['wages', '高温补贴没有发放', '七月八月车间温度三十多度，到现在也没有看到高温补贴，其他厂都发了。'],
  ['wages', '绩效工资扣得不合理', '这个季度绩效被扣了八百元，班组长没有说明原因，也没有考核记录可以查。'],
  ['wage_arrears', '外包公司拖欠两个月工资', '我们是劳务派遣过来的，外包公司已经两个月没发工资了，打电话找不到负责人。'],
  ['wage_arrears', '离职后最后一个月工资不给结', '九月份正常办理了离职手续，公司说最后一个月工资要等三个月后才发。'],
  ['social_security', '社保断缴了三个月', '查社保记录发现今年三月到五月公司没有给我交社保，人事说是系统问题。'],
  ['social_security', '公积金比例太低', '公司公积金只按最低基数交，和实际工资差很多，希望按实际工资缴纳。'],
  ['social_security', '工伤认定手续不清楚', '上个月在车间手被机器夹伤，不知道工伤认定要准备哪些材料，公司也没人指导。'],
  ['safety', '车间安全帽破损没有更换', '装配车间很多安全帽已经开裂，帽带也断了，申请更换了两个月还没有发新的。'],
  ['safety', '冲压车间噪音太大', '冲压车间噪音很大，一天下来耳朵嗡嗡响，耳塞质量差，希望发好一点的防噪耳罩。'],
  ['safety', '喷漆车间通风不好', '喷漆车间排风扇坏了两台，油漆味很重，好几个人头晕，希望尽快维修通风设备。'],
  ['safety', '叉车在通道里开得太快', '仓库通道窄，叉车经常开得很快，差点撞到人，希望限速并划出行人通道。'],
  ['safety', '劳保手套每月只发一副', '打磨工序手套一周就磨破，每月只发一副根本不够，只能自己花钱买。'],
  ['safety', '夏天车间温度太高', '机加工车间下午温度超过三十五度，只有几台风扇，有人中暑，希望装冷风机。'],
  ['labor_rights', '劳动合同到期不续签也不通知', '我的劳动合同上个月到期，公司没有续签也没有通知，还让我继续上班。'],
  ['labor_rights', '每天加班到晚上十点', '最近两个月每天都加班到晚上十点，周末也不休息，身体吃不消，超过了法定加班时间。'],
  ['labor_rights', '年假申请总是不批', '入职五年按规定有年假，每次申请班长都说生产忙不批，一年下来一天都没休。'],
  ['labor_rights', '试用期被延长到六个月', '入职时合同写试用期三个月，到期后公司说表现不够又延长三个月，工资还按试用期发。'],
  ['skills', '想考焊工技能等级证书', '做了三年焊工还没有证，希望工会组织焊工技能等级证书的培训和考试。'],
  ['skills', '数控机床培训名额太少', '公司新上了数控机床，培训只安排了几个人，我们老员工也想学新技术。'],
  ['skills', '电工证复审没人通知', '我的电工特种作业证快到期了，公司没有统一组织复审，不知道去哪里办。'],
  ['hardship', '家里老人住院需要帮扶', '父亲脑梗住院，花了五万多，家里就我一个人上班，想申请困难职工帮扶。'],
  ['hardship', '孩子上学借读费负担重', '孩子在这边上小学要交借读费，一年几千块，外地职工压力很大，希望工会帮忙问问政策。'],
  ['hardship', '职工子女入学名额', '外地职工子女想在附近小学入学，积分不够，希望工会能和教育部门协调入学名额。'],
  ['employment', '转岗以后工资降了一半', '生产线自动化改造后我被转到仓库，工资少了一半，希望安排合适的岗位或者培训。'],
  ['employment', '厂里招工信息不公开', '厂里内部有新岗位都是私下安排，希望招聘信息在公告栏公开，大家公平竞争。'],
  ['innovation', '提了改进建议没有回音', '我提出的改进夹具的建议可以节省一半工时，交给车间半年了也没有回复。'],
  ['innovation', '希望成立技术创新工作室', '车间有几个老师傅技术很好，希望工会牵头成立创新工作室，带带年轻人。'],
  ['culture_care', '厂区没有篮球场', '下班后没有地方活动，希望把空地改成篮球场或者羽毛球场。'],
  ['culture_care', '希望组织职工体检', '很多职工两三年没有体检了，尤其是粉尘岗位，希望工会组织一次全面体检。'],
  ['culture_care', '女职工哺乳室没有', '厂里有十几个哺乳期女职工，没有哺乳室，只能在更衣室里吸奶，很不方便。'],
  ['culture_care', '生日慰问品不发了', '以前每个职工生日工会都发蛋糕卡，今年开始就没有了，是取消了吗。'],
  ['culture_care', '春节回家车票难买', '外地职工多，春节火车票很难抢，希望工会统一组织包车送大家回家。'],
  ['suggestions', '厕所太脏没有人打扫', '车间旁边的厕所一天都没人打扫，气味很大，希望安排保洁定时清理。'],
  ['suggestions', '更衣室柜子不够', '新来的员工没有更衣柜，衣服只能放在车间角落，希望增加更衣柜。'],
  ['suggestions', '厂区路灯坏了很多', '从车间到宿舍的路上好几个路灯不亮，夜班下班走路很黑，女职工害怕。'],
  ['suggestions', '停车场收费太贵', '厂里停车场开始收费，一个月两百元，对工人来说太贵了，希望职工免费停车。'],
  ['other', '快递没有地方收', '厂区不让快递进来，门口也没有快递柜，希望安装一个快递柜。'],
  ['other', '厂区网络信号很差', '宿舍和车间手机信号很差，WiFi也经常断，和家里视频都连不上。'],
  ['other', '工作服尺码不合适', '发的工作服只有大码，女职工穿着太大不方便干活，希望按尺码发放。'],
];

/** Reworded near-duplicates: different words, same concern; each must find its original first. */
const REWORDED: { of: string; title: string; description: string }[] = [
  { of: '食堂午饭排队要等半小时以上', title: '中午食堂打饭排长队', description: '中午食堂打饭排长队，窗口太少，能不能增加窗口。' },
  { of: '宿舍热水时有时无', title: '宿舍洗澡经常没热水', description: '晚上下班回宿舍想洗澡，热水器老是不出热水，冬天太冷了。' },
  { of: '夜班下班没有班车回市区', title: '希望安排夜班班车', description: '我们夜班凌晨下班，没有公交车回去，打车太贵，能不能安排班车接送。' },
  { of: '高温补贴没有发放', title: '今年高温补贴什么时候发', description: '夏天车间那么热，高温补贴一直没发，请工会帮忙问一下。' },
  { of: '社保断缴了三个月', title: '公司漏交了几个月社保', description: '我在网上查到社保有几个月没有缴费记录，断缴了会影响买房和看病。' },
  { of: '车间安全帽破损没有更换', title: '安全帽坏了一直不发新的', description: '我们班组的安全帽都裂了，帽带断了，申请了好久也没换新的，出了事谁负责。' },
  { of: '想考焊工技能等级证书', title: '焊工想考证', description: '干焊工好几年了一直没有技能证书，希望能组织培训考个等级证书。' },
];

describe('duplicates: similar open requests, ranked (real HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let w: TestWorld;
  let db: DataSource;
  /** title → { id, code } of the 50 */
  const originals = new Map<string, { id: string; code: string }>();
  const asClient = clientAddresses('198.51.100');
  const categoryId = (code: string) => category(w, code).id;

  beforeAll(async () => {
    t = await createTestApp({ TRUST_PROXY: '1' });
    w = await testWorld(t, { headers: asClient });
    db = t.app.get(DataSource);
    expect((await db.query(`SELECT count(*)::int AS n FROM request`))[0].n).toBe(0);
    for (const [code, title, description] of TOWN_REQUESTS) {
      const { id, code: requestCode } = await submit(w, 'worker', { categoryId: categoryId(code), title, description });
      originals.set(title, { id, code: requestCode });
    }
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  it("stores each request's segmented terms on submission, and indexes them for full-text search", async () => {
    const { id } = originals.get('宿舍热水时有时无') as { id: string };
    const [row] = await db.query(`SELECT search_terms, search_vector @@ to_tsquery('simple', '热水') AS hit FROM request WHERE id = $1`, [id]);
    expect(row.search_terms.split(' ')).toEqual(expect.arrayContaining(['宿舍', '热水', '热水器']));
    expect(row.hit).toBe(true);
  });

  it.each(REWORDED)('ranks "$of" first for a worker typing "$title"', async ({ of, title, description }) => {
    const res = await t.request('POST', '/api/requests/similar', { token: w.tokens.worker, body: { title, description } });
    expect(res.status).toBe(200);
    expect(res.body[0]).toMatchObject({ code: originals.get(of)?.code, title: of, status: 'submitted', statusLabel: '待受理' });
    expect(res.body[0].score).toBeGreaterThan(res.body[1]?.score ?? 0);
  });

  it.each(REWORDED)('ranks "$of" first when a cadre opens the reworded "$title"', async ({ of, title, description }) => {
    const submitted = await t.request('POST', '/api/requests', {
      headers: asClient(),
      body: { entryToken: entryTokenOf(w, '滨江物流园联合工会'), anonymous: true, categoryId: categoryId('other'), title, description },
    });
    expect(submitted.status).toBe(201);
    const res = await t.request('GET', `/api/requests/${submitted.body.id}/similar`, { token: w.tokens.cadre });
    expect(res.status).toBe(200);
    expect(res.body[0]).toMatchObject({ id: originals.get(of)?.id, title: of });
    expect(res.body[0].sharedTerms.length).toBeGreaterThan(0);
    expect(res.body.map((r: { id: string }) => r.id)).not.toContain(submitted.body.id);
  });

  it('shows the anonymous entry page only code, title, status, date and score', async () => {
    const res = await t.request('POST', '/api/requests/similar', {
      headers: asClient(),
      body: { entryToken: entryTokenOf(w, '江海区第一人民医院工会'), title: '食堂打饭窗口太少', description: '中午排队太久' },
    });
    expect(res.status).toBe(200);
    expect(res.body.map((r: { code: string }) => r.code)).toContain(originals.get('食堂午饭排队要等半小时以上')?.code);
    for (const item of res.body) expect(Object.keys(item).sort()).toEqual(['code', 'score', 'status', 'statusLabel', 'submittedAt', 'title']);
  });

  it('leaves out closed and merged requests', async () => {
    const { id } = originals.get('厂区没有篮球场') as { id: string };
    await db.query(`UPDATE request SET status = 'merged' WHERE id = $1`, [id]);
    try {
      const res = await t.request('POST', '/api/requests/similar', { token: w.tokens.worker, body: { title: '想要一个篮球场', description: '下班后想打篮球没有场地' } });
      expect(res.body.map((r: { title: string }) => r.title)).not.toContain('厂区没有篮球场');
    } finally {
      await db.query(`UPDATE request SET status = 'submitted' WHERE id = $1`, [id]);
    }
  });

  it("keeps town 1's requests out of town 2: cadre2, and town 2's entry page, never see them", async () => {
    const cadre2 = w.tokens.cadre2;
    const town1Codes = new Set([...originals.values()].map((o) => o.code));
    const town1Id = originals.get('食堂午饭排队要等半小时以上')?.id;
    expect((await t.request('GET', `/api/requests/${town1Id}/similar`, { token: cadre2 })).status).toBe(404);

    const body = {
      entryToken: entryTokenOf(w, '临港纺织集团工会'),
      anonymous: true,
      categoryId: categoryId('culture_care'),
      title: '中午食堂打饭排长队',
      description: '中午食堂打饭排长队，窗口太少，能不能增加窗口。',
    };
    const town2 = await t.request('POST', '/api/requests', { headers: asClient(), body });
    expect(town2.status).toBe(201);
    const forCadre2 = await t.request('GET', `/api/requests/${town2.body.id}/similar`, { token: cadre2 });
    expect(forCadre2.status).toBe(200);
    expect(forCadre2.body.filter((r: { code: string }) => town1Codes.has(r.code))).toEqual([]);

    const typing = await t.request('POST', '/api/requests/similar', {
      headers: asClient(),
      body: { entryToken: body.entryToken, title: body.title, description: body.description },
    });
    expect(typing.status).toBe(200);
    expect(typing.body.filter((r: { code: string }) => town1Codes.has(r.code))).toEqual([]);

    // The leader over the district sees the town-2 request's neighbours in town 2 only, too: towns are the area.
    const forLeader = await t.request('GET', `/api/requests/${town2.body.id}/similar`, { token: w.tokens.leader });
    expect(forLeader.body.filter((r: { code: string }) => town1Codes.has(r.code))).toEqual([]);
  });

  it("answers 404 to a worker asking for a request's similar ones, and to an unknown request", async () => {
    const { id } = originals.get('宿舍热水时有时无') as { id: string };
    expect((await t.request('GET', `/api/requests/${id}/similar`, { token: w.tokens.worker })).status).toBe(404);
    expect((await t.request('GET', '/api/requests/00000000-0000-4000-8000-000000000000/similar', { token: w.tokens.cadre })).status).toBe(404);
  });

  it('refuses bad look-ups: no login and no entry code, an unknown entry code, unknown fields, a huge description', async () => {
    expect((await t.request('POST', '/api/requests/similar', { headers: asClient(), body: { title: '食堂' } })).status).toBe(401);
    expect((await t.request('POST', '/api/requests/similar', { headers: asClient(), body: { title: '食堂', entryToken: 'nope' } })).status).toBe(404);
    const worker = w.tokens.worker;
    const unknown = await t.request('POST', '/api/requests/similar', { token: worker, body: { title: '食堂', requesterId: 'x' } });
    expect(unknown.status).toBe(400);
    expect((await t.request('POST', '/api/requests/similar', { token: worker, body: { title: '食堂', description: '字'.repeat(2001) } })).status).toBe(400);
    expect((await t.request('POST', '/api/requests/similar', { token: worker, body: { title: '' } })).status).toBe(400);
    const punctuation = await t.request('POST', '/api/requests/similar', { token: worker, body: { title: '？？？' } });
    expect(punctuation.status).toBe(200);
    expect(punctuation.body).toEqual([]);
  });

  it('rate-limits the anonymous look-up per client address', async () => {
    const headers = { 'x-forwarded-for': '192.0.2.250' };
    const body = { entryToken: entryTokenOf(w, '滨江物流园联合工会'), title: '班车' };
    let status = 200;
    for (let i = 0; i < 61 && status === 200; i++) status = (await t.request('POST', '/api/requests/similar', { headers, body })).status;
    expect(status).toBe(429);
  });
});
