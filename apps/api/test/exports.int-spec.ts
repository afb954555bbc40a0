// Excel exports read back with exceljs: words in the reader's language (the web's `lang`, else Accept-Language), no raw
// codes, times in China time, columns sized to their contents, the header row frozen; the channel is a column.
import { chinaDayNumber, formatIsoDay } from '@banshishi/workflow';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { submit } from './support/factories';
import { testWorld, unitByName, type TestWorld } from './support/world';
import { createTestApp, type TestApp } from './test-app';

const today = () => formatIsoDay(chinaDayNumber(Date.now()));

describe('Excel exports (real HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let w: TestWorld;
  let db: DataSource;
  let online: { id: string; code: string };
  let call: { id: string; code: string };
  const PERIOD = () => `from=${formatIsoDay(chinaDayNumber(Date.now()) - 30)}&to=${today()}`;

  async function workbook(path: string, headers: Record<string, string> = {}): Promise<ExcelJS.Workbook> {
    const response = await fetch(`${t.baseUrl}${path}`, { headers: { authorization: `Bearer ${w.tokens.leader}`, ...headers } });
    expect(response.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await response.arrayBuffer());
    return book;
  }
  const rowValues = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(n).values as unknown[]).slice(1);

  beforeAll(async () => {
    t = await createTestApp();
    w = await testWorld(t);
    db = t.app.get(DataSource);
    online = await submit(w, 'worker', { title: '车间饮水机坏了一周', description: '二号车间的饮水机坏了一个星期，夏天大家只能自己带水。' });
    const taken = await t.request('POST', '/api/requests/in-person', {
      token: w.tokens.cadre,
      body: {
        unitId: unitByName(w, '江海精密机械有限公司工会').id,
        channel: 'phone',
        heardOn: today(),
        categoryId: w.categoryId,
        title: '夜班下班没有班车',
        description: '来电反映：夜班凌晨下班后没有公交，只能打车，希望开通夜班班车。',
        anonymous: true,
      },
    });
    expect(taken.status).toBe(201);
    call = taken.body;
    // a known time to read back: today 14:05 China time (06:05 UTC)
    await db.query(
      `UPDATE request SET submitted_at = date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai') AT TIME ZONE 'Asia/Shanghai' + interval '14 hours 5 minutes' WHERE id = $1`,
      [online.id],
    );
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists the requests behind a figure with labels, not codes, in Chinese by default, times in China time', async () => {
    const book = await workbook(`/api/dashboard/requests.xlsx?${PERIOD()}&figure=backlog&part=numerator`);
    const sheet = book.getWorksheet('诉求') as ExcelJS.Worksheet;
    expect(rowValues(sheet, 1)).toEqual(['编号', '标题', '状态', '类别', '承办单位', '渠道', '提交时间', 'id']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).font?.bold).toBe(true);
    const rows = new Map<string, unknown[]>();
    sheet.eachRow((row, n) => {
      if (n > 1) rows.set(String(row.getCell(8).value), (row.values as unknown[]).slice(1));
    });
    const category = w.categories.find((c) => c.id === w.categoryId);
    expect(rows.get(online.id)?.slice(0, 6)).toEqual([online.code, '车间饮水机坏了一周', '待受理', category?.nameZh, '江海精密机械有限公司工会', '网上']);
    expect(rows.get(call.id)?.[5]).toBe('来电');
    // 14:05 in China, whatever the server's zone: Excel shows the cell's wall-clock time
    const submitted = sheet.getRow([...rows.keys()].indexOf(online.id) + 2).getCell(7);
    expect(submitted.numFmt).toBe('yyyy-mm-dd hh:mm');
    expect((submitted.value as Date).toISOString().slice(0, 16)).toBe(`${today()}T14:05`);
    // no column narrower than its header, titles wider than codes
    expect(sheet.getColumn(2).width).toBeGreaterThan(sheet.getColumn(3).width as number);
    for (let column = 1; column <= 8; column++) expect(sheet.getColumn(column).width).toBeGreaterThanOrEqual(8);
  });

  it('speaks English when the web says so (lang=en), or the browser does (Accept-Language)', async () => {
    for (const [query, headers] of [
      ['&lang=en', {}],
      ['', { 'accept-language': 'en-US,en;q=0.9,zh-CN;q=0.5' }],
    ] as const) {
      const book = await workbook(`/api/dashboard/requests.xlsx?${PERIOD()}&figure=backlog&part=numerator${query}`, headers);
      const sheet = book.getWorksheet('Requests') as ExcelJS.Worksheet;
      expect(rowValues(sheet, 1)).toEqual(['Code', 'Title', 'Status', 'Category', 'Handling unit', 'Channel', 'Submitted (China time)', 'id']);
      const statuses = new Set<unknown>();
      const channels = new Set<unknown>();
      sheet.eachRow((row, n) => {
        if (n > 1) {
          statuses.add(row.getCell(3).value);
          channels.add(row.getCell(6).value);
        }
      });
      expect([...statuses]).toEqual(['Submitted']);
      expect([...channels].sort()).toEqual(['Online', 'Phone call']);
      const category = w.categories.find((c) => c.id === w.categoryId);
      expect(sheet.getRow(2).getCell(4).value).toBe(category?.nameEn);
    }
  });

  it('writes the figures, the unit ranking and the channels with formatted numbers under frozen headers', async () => {
    const zh = await workbook(`/api/dashboard/export.xlsx?${PERIOD()}`);
    expect(zh.worksheets.map((sheet) => sheet.name)).toEqual(['指标', '单位排名', '渠道']);
    const figures = zh.getWorksheet('指标') as ExcelJS.Worksheet;
    expect(rowValues(figures, 2)).toEqual(['指标', 'key', '值', '分子', '分母']);
    expect(figures.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    const units = zh.getWorksheet('单位排名') as ExcelJS.Worksheet;
    expect(units.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(units.getRow(2).getCell(4).value).toBe('样本不足');
    const channels = zh.getWorksheet('渠道') as ExcelJS.Worksheet;
    const byChannel = new Map<string, unknown[]>();
    channels.eachRow((row, n) => {
      if (n > 2) byChannel.set(String(row.getCell(1).value), (row.values as unknown[]).slice(1));
    });
    expect([...byChannel.keys()].sort()).toEqual(['来电', '网上'].sort());
    expect(byChannel.get('来电')?.[1]).toBe('phone');

    const en = await workbook(`/api/dashboard/export.xlsx?${PERIOD()}&lang=en`);
    expect(en.worksheets.map((sheet) => sheet.name)).toEqual(['Figures', 'Unit ranking', 'Channels']);
    const enFigures = en.getWorksheet('Figures') as ExcelJS.Worksheet;
    expect(String(enFigures.getRow(1).getCell(1).value)).toMatch(/^Period \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}$/);
    expect(enFigures.getRow(3).getCell(1).value).toBe('Response rate');
    expect((en.getWorksheet('Unit ranking') as ExcelJS.Worksheet).getRow(2).getCell(4).value).toBe('Sample too small');
    // a rate reads as a percentage, a count as a whole number
    const rate = figures.getRow(3);
    if (rate.getCell(3).value !== null) expect(rate.getCell(3).numFmt).toBe('0.0%');
    expect(figures.getRow(3).getCell(5).numFmt).toBe('0');
  });
});
