// Accounts and the roster in the browser (issue 15, B2 and B3): the admin imports a roster — the template, a check that
// lists the bad rows, the import, the one-time passwords — and a new person signs in with their phone and a one-time
// password and must set their own first; an admin's reset leads to the same forced change; the login page says how
// many tries are left and what the lockout rule is.
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { baseUrl, DEMO_PASSWORD, login, screenshot, useBrowser } from './support/browser';

/** Unique per run, so the demo data and an earlier run never get in the way. */
const RUN = Date.now().toString(36).toUpperCase();
const UNIT = `江海海洋装备${RUN}公司工会`;
/** Phones of this run: 135 + the last 8 digits of the clock. */
const PHONE = (n: number) => `135${String(Date.now() + n).slice(-8)}`;
const FIRST_PHONE = PHONE(1);
const SECOND_PHONE = PHONE(2);

async function workbook(users: (string | null)[][]): Promise<string> {
  const book = new ExcelJS.Workbook();
  const units = book.addWorksheet('单位');
  units.addRow(['单位名称', '单位编码', '上级单位', '单位类型']);
  units.addRow([UNIT, `HY-${RUN}`, '滨江街道总工会', '基层工会']);
  const people = book.addWorksheet('人员');
  people.addRow(['姓名', '手机号', '所属单位', '角色', '用户名']);
  for (const row of users) people.addRow(row);
  const path = join(mkdtempSync(join(tmpdir(), 'banshishi-e2e-roster-')), '名册.xlsx');
  writeFileSync(path, Buffer.from(await book.xlsx.writeBuffer()));
  return path;
}

async function signIn(page: Page, name: string, password: string): Promise<void> {
  await page.goto(`${baseUrl()}/login`);
  await page.getByLabel('用户名或手机号', { exact: true }).fill(name);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByLabel('密码', { exact: true }).press('Enter');
}

/** On the forced change page: a password that breaks a rule is refused on the page, then a good one is saved. */
async function setOwnPassword(page: Page, current: string, password: string): Promise<void> {
  await page.waitForURL(/\/account\/password/);
  await page.getByRole('alert').filter({ hasText: '请先设置新密码' }).waitFor();
  const rules = page.getByRole('list', { name: '新密码须符合：' });
  await page.getByLabel('临时密码', { exact: true }).fill(current);
  await page.getByLabel('新密码', { exact: true }).fill('onlyletters');
  expect(await rules.getByRole('listitem').filter({ hasText: '至少包含字母、数字、符号中的两种' }).getAttribute('data-met')).toBe('false');
  expect(await rules.getByRole('listitem').filter({ hasText: '个字符' }).getAttribute('data-met')).toBe('true');
  await page.getByLabel('再次输入新密码', { exact: true }).fill('onlyletters');
  await page.getByRole('button', { name: '保存新密码' }).click();
  await page.getByText('新密码不符合下列要求').waitFor();
  await screenshot(page, 'accounts-forced-change-1280');

  await page.getByLabel('新密码', { exact: true }).fill(password);
  await page.getByLabel('再次输入新密码', { exact: true }).fill(password);
  expect(await rules.locator('[data-met="true"]').count()).toBe(3);
  await page.getByRole('button', { name: '保存新密码' }).click();
  await page.getByText('密码已修改').waitFor();
}

describe('accounts: roster import, one-time passwords, forced change, lockout said on screen', () => {
  const { newPage } = useBrowser();

  it('imports a roster: template, a check listing the bad rows, the import and its one-time passwords; a new person must change theirs first', async () => {
    const admin = await newPage();
    await login(admin, 'admin');
    await admin.getByRole('menu', { name: '主导航' }).getByRole('menuitem', { name: '系统管理', exact: true }).click();
    await admin.getByRole('menu', { name: '主导航' }).getByRole('menuitem', { name: '名册导入', exact: true }).click();
    await admin.waitForURL(`${baseUrl()}/admin/roster`);
    await admin.getByRole('heading', { name: '名册导入' }).waitFor();

    // The template downloads as an Excel file with the zh-CN headers.
    const [download] = await Promise.all([admin.waitForEvent('download'), admin.getByRole('button', { name: '下载名册模板' }).click()]);
    expect(download.suggestedFilename()).toBe('名册导入模板.xlsx');
    const template = new ExcelJS.Workbook();
    await template.xlsx.load(readFileSync((await download.path()) as string) as unknown as ArrayBuffer);
    expect(template.getWorksheet('人员')?.getRow(1).values).toEqual([undefined, '姓名', '手机号', '所属单位', '角色', '用户名']);

    // A sheet with bad rows: the check lists each with its row and reason, and there is nothing to confirm.
    const bad = await workbook([
      ['海一', FIRST_PHONE, UNIT, '职工', null],
      ['海二', '1350000', UNIT, '职工', null],
      ['海三', FIRST_PHONE, UNIT, '会长', null],
      ['海四', SECOND_PHONE, '不存在的工会', '职工', null],
    ]);
    await admin.locator('input[type="file"]').setInputFiles(bad);
    await admin.getByRole('button', { name: '检查名册' }).click();
    await admin.getByRole('alert').filter({ hasText: '发现 4 处问题，未导入任何数据' }).waitFor();
    const problems = admin.locator('.ant-card').filter({ hasText: '检查结果' }).getByRole('table');
    const row = (n: number, reason: string) =>
      problems
        .getByRole('row')
        .filter({ has: admin.getByRole('cell', { name: String(n), exact: true }) })
        .filter({ hasText: reason });
    for (const [n, reason] of [
      [3, '不是 11 位大陆手机号'],
      [4, '手机号与前面的行重复'],
      [4, '角色应为职工、工会干部、领导或管理员'],
      [5, '找不到该名称或编码的单位'],
    ] as const) {
      await row(n, reason).waitFor();
    }
    expect(await admin.getByRole('button', { name: '确认导入' }).count()).toBe(0);
    await screenshot(admin, 'accounts-roster-problems-1280');

    // The corrected sheet passes the check, and is imported after a confirmation.
    const good = await workbook([
      ['海一', FIRST_PHONE, UNIT, '职工', null],
      ['海二', SECOND_PHONE, `HY-${RUN}`, '工会干部', null],
    ]);
    await admin.locator('input[type="file"]').setInputFiles(good);
    await admin.getByRole('button', { name: '检查名册' }).click();
    await admin.getByText('检查通过，可以导入。').waitFor();
    await admin.getByText('新增 2，更新 0，不变 0').waitFor();
    await admin.getByRole('button', { name: '确认导入' }).click();
    await admin.locator('.ant-popconfirm').getByRole('button', { name: '确认导入' }).click();
    await admin.getByText('名册已导入').waitFor();

    const credentials = admin.locator('.ant-card').filter({ hasText: '新账户的一次性密码（2 个）' }).getByRole('table');
    const first = credentials.getByRole('row').filter({ hasText: FIRST_PHONE });
    const oneTime = (await first.locator('code').innerText()).trim();
    expect(oneTime).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    const [csv] = await Promise.all([admin.waitForEvent('download'), admin.getByRole('button', { name: '下载一次性密码（CSV）' }).click()]);
    expect(readFileSync((await csv.path()) as string, 'utf8')).toContain(`${FIRST_PHONE},${FIRST_PHONE},${oneTime}`);
    await screenshot(admin, 'accounts-roster-imported-1280');

    // The new person signs in with the phone, as people write it, and the one-time password; the change comes first.
    const person = await newPage();
    await signIn(person, `+86 ${FIRST_PHONE.slice(0, 3)} ${FIRST_PHONE.slice(3, 7)} ${FIRST_PHONE.slice(7)}`, oneTime);
    await setOwnPassword(person, oneTime, `haiyi-${RUN}-ok`);
    await person.waitForURL(`${baseUrl()}/`);
    await person.getByRole('menu', { name: '主导航' }).getByRole('menuitem', { name: '我的诉求', exact: true }).click();
    await person.waitForURL(`${baseUrl()}/requests/mine`);
  });

  it('sends a person whose password an admin reset to the change page, whatever page they open, until it is changed', async () => {
    const admin = await newPage();
    await login(admin, 'admin');
    await admin.goto(`${baseUrl()}/admin/users`);
    // One of the demo roster's people (imported by the seed), by their phone.
    const row = admin.getByRole('row').filter({ hasText: '13800001005' });
    await row.getByRole('button', { name: '重置密码' }).click();
    const dialog = admin.getByRole('dialog');
    const generate = dialog.getByRole('button', { name: '生成临时密码' });
    const shown = dialog.getByLabel('临时密码');
    await generate.click();
    // On a loaded machine a click during the dialog's opening animation can be lost: click again while none is shown.
    if (
      !(await shown.waitFor({ timeout: 5_000 }).then(
        () => true,
        () => false,
      ))
    )
      await generate.click();
    const temporary = (await shown.innerText()).trim();
    expect(temporary).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    await dialog.getByRole('button', { name: '我已记下' }).click();
    await row.getByText('待改密码').waitFor();

    const person = await newPage();
    // The demo password no longer works.
    await signIn(person, '13800001005', DEMO_PASSWORD);
    await person.getByRole('alert').filter({ hasText: '用户名或密码错误，还可再试 4 次。' }).waitFor();
    await signIn(person, '13800001005', temporary);
    await person.waitForURL(/\/account\/password/);
    // Any other page leads back here.
    await person.goto(`${baseUrl()}/requests/mine`);
    await person.waitForURL(`${baseUrl()}/account/password?next=%2Frequests%2Fmine`);
    await setOwnPassword(person, temporary, `reset-${RUN}-ok`);
    await person.waitForURL(`${baseUrl()}/requests/mine`);
  });

  it('says on the login page how many tries are left, and the lockout rule', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl()}/login`);
    await page.getByText('15 分钟内连续输错 5 次密码，账户将锁定 15 分钟。').waitFor();
    for (const left of [4, 3]) {
      await signIn(page, '13800001006', `wrong-${left}`);
      await page
        .getByRole('alert')
        .filter({ hasText: `还可再试 ${left} 次` })
        .waitFor();
    }
    await screenshot(page, 'accounts-login-tries-left-1280');
  });
});
