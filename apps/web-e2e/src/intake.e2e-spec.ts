// 意见收集 on a phone (375×812): a unit's QR entry page without login (with a photo), tracking by code and secret,
// a logged-in worker's real-name request under 我的诉求, and the cadre's QR poster downloads.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { flattenUnits, json, type OrgUnitNode } from './support/api';
import { baseUrl, login, makeJpeg, PHONE, publicUrl, screenshot, useBrowser } from './support/browser';

async function chooseCategory(page: Page, name: string): Promise<void> {
  await page.getByLabel('诉求类别').click();
  await page.locator('.ant-select-item-option').filter({ hasText: name }).first().click();
}

describe('intake: QR entry, tracking, 我的诉求 (phone)', () => {
  const { newPage, signedIn } = useBrowser();

  it('takes an anonymous request with a photo from a unit’s entry page, shows code and secret once, and tracks it', async () => {
    // A cadre's session is used only to read a unit's entry token.
    const staff = await signedIn('cadre');
    const units = flattenUnits(await json<OrgUnitNode[]>(await staff.get(`${baseUrl()}/api/units`)));
    const unit = units.find((node) => node.entryToken && node.kind === 'grassroots') ?? units.find((node) => node.entryToken);
    expect(unit?.entryToken).toBeTruthy();

    // A fresh phone, no login.
    const page = await newPage(PHONE);
    await page.goto(`${baseUrl()}/s/${unit?.entryToken}`);
    await page.getByRole('heading', { name: unit?.name }).waitFor();
    await page.getByText('匿名提交', { exact: true }).waitFor();
    expect(await page.getByRole('menu', { name: '主导航' }).count()).toBe(0);

    const title = `食堂饭菜涨价太快了${Date.now() % 100000}`;
    await chooseCategory(page, '薪酬收入');
    await page.getByLabel('标题').fill(title);
    await page.getByLabel('具体情况').fill('最近三个月食堂饭菜每份涨了两块钱，分量还变少了，希望工会和厂里沟通一下价格。');
    await page.locator('input[type=file]').setInputFiles(await makeJpeg(page, '车间积水.jpg'));
    await page.locator('.ant-upload-list-item-done').filter({ hasText: '车间积水.jpg' }).waitFor();
    await page.getByLabel('回访联系方式').fill('13800001234');
    await screenshot(page, 'intake-entry-form-375');

    await page.getByRole('button', { name: /^提\s*交$/ }).click();
    await page.getByText('提交成功').waitFor();
    await page.getByText('请截图或抄下，查询码只显示这一次').waitFor();
    const code = ((await page.getByTestId('tracking-code').textContent()) ?? '').trim();
    const secret = ((await page.getByTestId('tracking-secret').textContent()) ?? '').trim();
    expect(code).toMatch(/^BS-\d{4}-\d{6}$/);
    expect(secret).toMatch(/^[2-9A-HJKMNP-TV-Z]{4}(-[2-9A-HJKMNP-TV-Z]{4}){3}$/);
    // to keep on the phone: the tracking link (code + secret) as a QR, on the public address
    await page.getByRole('button', { name: '复制查询码和密钥' }).waitFor();
    await page.getByRole('button', { name: '保存为图片' }).waitFor();
    expect(await page.getByTestId('tracking-qr').getAttribute('data-link')).toBe(`${publicUrl()}/track#code=${code}&secret=${secret}`);
    await screenshot(page, 'intake-entry-result-375');

    // To /track with the code and secret in router state, never in the address.
    await page.getByRole('button', { name: '查询进度' }).click();
    await page.waitForURL(`${baseUrl()}/track`);
    await page.getByRole('heading', { name: title }).waitFor();
    await page.locator('main .ant-tag').filter({ hasText: '待受理' }).first().waitFor();
    await page.getByText('已提交，正在等待工会受理。').waitFor();
    await page.getByRole('link', { name: /车间积水\.jpg/ }).waitFor();
    expect(page.url()).not.toContain(secret);
    await screenshot(page, 'intake-track-375');

    // A wrong secret says so plainly.
    await page.getByLabel('密钥').fill('not-the-secret');
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await page.getByRole('alert').filter({ hasText: '查询码或密钥不正确' }).waitFor();
  });

  it('lets a logged-in worker submit by name and find it under 我的诉求', async () => {
    const page = await newPage(PHONE);
    await login(page, 'worker');
    await page.goto(`${baseUrl()}/requests/new`);
    await page.getByText('实名', { exact: true }).waitFor();
    expect(await page.getByRole('radio', { name: '实名' }).isChecked()).toBe(true);

    const title = `宿舍热水经常没有${Date.now() % 100000}`;
    await chooseCategory(page, '困难帮扶');
    await page.getByLabel('标题').fill(title);
    await page.getByLabel('具体情况').fill('二号宿舍楼晚上十点以后就没有热水了，夜班下班回来没法洗澡，希望延长供应时间。');
    await page.getByRole('button', { name: /^提\s*交$/ }).click();
    await page.getByText('提交成功').waitFor();
    expect(await page.getByTestId('tracking-secret').count()).toBe(0);

    await page.goto(`${baseUrl()}/requests/mine`);
    await page.getByRole('link', { name: new RegExp(title) }).click();
    await page.waitForURL(/\/requests\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: title }).waitFor();
    await page.getByText('提交诉求', { exact: true }).first().waitFor();
    await screenshot(page, 'intake-my-request-375');
  });

  it('gives a cadre the unit’s QR poster as PNG and SVG', async () => {
    const page = await newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    await login(page, 'cadre');
    await page.goto(`${baseUrl()}/units`);
    await page
      .getByRole('button', { name: /二维码/ })
      .first()
      .click();
    const png = page.getByRole('button', { name: /二维码海报（PNG）/ }).first();
    const svg = page.getByRole('button', { name: /二维码海报（SVG）/ }).first();
    await png.waitFor();

    const [svgDownload] = await Promise.all([page.waitForEvent('download'), svg.click()]);
    expect(svgDownload.suggestedFilename()).toMatch(/-qr\.svg$/);
    const svgText = readFileSync(await svgDownload.path(), 'utf8');
    expect(svgText).toContain('扫码反映诉求 · 可匿名');
    // the public address (PUBLIC_URL), not the one this browser used (127.0.0.1)
    expect(svgText).toMatch(new RegExp(`${publicUrl().replace(/[.:/]/g, '\\$&')}/s/[^<"]+`));
    expect(svgText).not.toContain(baseUrl());

    const [pngDownload] = await Promise.all([page.waitForEvent('download'), png.click()]);
    expect(pngDownload.suggestedFilename()).toMatch(/-qr\.png$/);
    expect(
      readFileSync(await pngDownload.path())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
  });
});
