// 意见收集 on a phone (375×812): a unit's QR entry page without login (with a photo), tracking by code and secret,
// a logged-in worker's real-name request under 我的诉求 (a 10 MB photo made small on the phone), and the cadre's QR
// poster downloads.
import { randomFillSync } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { flattenUnits, json, type OrgUnitNode } from './support/api';
import { baseUrl, DEMO_PASSWORD, DESKTOP, login, makeJpeg, PHONE, publicUrl, screenshot, useBrowser } from './support/browser';

/** The worker's form has a native <select>: the option named so (an urgent one says 紧急 after the name). */
async function chooseCategory(page: Page, name: string): Promise<void> {
  const select = page.getByLabel('诉求类别');
  const option = select.locator('option').filter({ hasText: name }).first();
  await option.waitFor({ state: 'attached' });
  await select.selectOption((await option.getAttribute('value')) ?? '');
}

/**
 * A ~10 MB phone photo: 4000×3000 of noise at high quality, stored sideways with EXIF orientation 6 — its left half
 * red and right half blue, so shown upright it is red above blue.
 */
async function bigPhonePhoto(name: string): Promise<string> {
  const [width, height] = [4000, 3000];
  const pixels = randomFillSync(Buffer.alloc(width * height * 3));
  for (let i = 0; i < pixels.length; i++) {
    const red = ((i / 3) | 0) % width < width / 2;
    const strong = red ? i % 3 === 0 : i % 3 === 2;
    pixels[i] = (strong ? 128 : 0) + (pixels[i] & 127);
  }
  const jpeg = await sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 93 })
    .withMetadata({ orientation: 6 })
    .toBuffer();
  const path = join(mkdtempSync(join(tmpdir(), 'banshishi-e2e-photo-')), name);
  writeFileSync(path, jpeg);
  return path;
}

async function colourAt(image: Buffer, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(image).raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return [...data.subarray(at, at + 3)];
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
    await page.locator('[data-testid="attachment"][data-status="done"]').filter({ hasText: '车间积水.jpg' }).waitFor();
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
    await page.getByRole('img', { name: /车间积水\.jpg/ }).waitFor();
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

  it('sends a signed-out visitor of /requests/new to the login page and back to the form', async () => {
    const page = await newPage(PHONE);
    await page.goto(`${baseUrl()}/requests/new`);
    await page.waitForURL(`${baseUrl()}/login?next=${encodeURIComponent('/requests/new')}`);
    await page.getByLabel('用户名或手机号', { exact: true }).fill('worker');
    await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByLabel('密码', { exact: true }).press('Enter');
    await page.waitForURL(`${baseUrl()}/requests/new`);
    await page.getByRole('heading', { name: '提交诉求' }).waitFor();
    await page.getByRole('form', { name: '提交诉求' }).waitFor();
  });

  it('shows the same form inside the app, reached from its menu, and goes on to the request without a page load', async () => {
    const page = await newPage(DESKTOP);
    await login(page, 'worker');
    const menu = page.getByRole('menu', { name: '主导航' });
    await menu.getByRole('menuitem', { name: '提交诉求', exact: true }).click();
    await page.getByRole('form', { name: '提交诉求' }).waitFor();
    // one document since the login: the app moved, nothing was loaded anew
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    const title = `车间饮水机坏了${Date.now() % 100000}`;
    await chooseCategory(page, '困难帮扶');
    await page.getByLabel('标题').fill(title);
    await page.getByLabel('具体情况').fill('三车间的饮水机坏了一个星期，夏天工友只能自己买水喝，希望尽快修好。');
    await page.getByRole('button', { name: /^提\s*交$/ }).click();
    await page.getByText('提交成功').waitFor();
    await page.getByRole('link', { name: /查看诉求/ }).click();
    await page.waitForURL(/\/requests\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: title }).waitFor();
    expect(await menu.isVisible()).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  });

  it('sends a worker’s 10 MB phone photo as ≤ 1 MB, upright and ≤ 2048 px, and shows its thumbnail', async () => {
    const photo = await bigPhonePhoto('宿舍漏水.jpg');
    expect(statSync(photo).size).toBeGreaterThan(8 * 1024 * 1024);
    const page = await newPage(PHONE);
    // The files the page hands to XMLHttpRequest, as sent (Chromium keeps no multipart body to read back).
    await page.addInitScript(() => {
      const send = XMLHttpRequest.prototype.send;
      const sent: { name: string; type: string; size: number }[] = [];
      Object.assign(window, { sentFiles: sent });
      XMLHttpRequest.prototype.send = function (body) {
        if (body instanceof FormData) for (const value of body.getAll('file')) if (value instanceof File) sent.push({ name: value.name, type: value.type, size: value.size });
        return send.call(this, body);
      };
    });
    await login(page, 'worker');
    await page.goto(`${baseUrl()}/requests/new`);
    const title = `宿舍天花板漏水${Date.now() % 100000}`;
    await chooseCategory(page, '困难帮扶');
    await page.getByLabel('标题').fill(title);
    await page.getByLabel('具体情况').fill('三号宿舍楼四楼天花板下雨就漏水，床铺都湿了，照片附后，希望尽快维修。');

    const uploaded = page.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/api/attachments');
    await page.locator('input[type=file]').setInputFiles(photo);
    const summary = (await (await uploaded).json()) as { id: string; size: number; originalName: string };
    const [sent] = await page.evaluate(() => (window as unknown as { sentFiles: { name: string; type: string; size: number }[] }).sentFiles);
    expect(sent).toEqual({ name: '宿舍漏水.jpg', type: 'image/jpeg', size: expect.any(Number) });
    expect(sent.size).toBeLessThanOrEqual(1024 * 1024);
    // What the server kept is what was sent (a canvas JPEG carries no metadata to strip).
    expect(summary).toMatchObject({ size: sent.size, originalName: '宿舍漏水.jpg' });
    await page.locator('[data-testid="attachment"][data-status="done"]').filter({ hasText: '宿舍漏水.jpg' }).waitFor();

    // What the server keeps: upright (portrait, red above blue), its long edge 2048 px.
    const stored = await (await page.request.get(`${baseUrl()}/api/attachments/${summary.id}`)).body();
    const meta = await sharp(stored).metadata();
    expect([meta.width, meta.height, meta.orientation ?? 1]).toEqual([1536, 2048, 1]);
    const [top, bottom] = [await colourAt(stored, 768, 100), await colourAt(stored, 768, 1948)];
    expect(top[0] - top[2]).toBeGreaterThan(60);
    expect(bottom[2] - bottom[0]).toBeGreaterThan(60);

    const submitted = page.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/api/requests');
    await page.getByRole('button', { name: /^提\s*交$/ }).click();
    const { id } = (await (await submitted).json()) as { id: string };
    await page.getByText('提交成功').waitFor();
    await page.goto(`${baseUrl()}/requests/${id}`);
    await page.getByRole('heading', { name: title }).waitFor();
    // The request's page shows the server's thumbnail, the full photo only on tap.
    const thumbnail = page.getByRole('img', { name: /宿舍漏水\.jpg/ });
    await thumbnail.waitFor();
    await page.waitForFunction(() => {
      const image = document.querySelector<HTMLImageElement>('main [data-testid="note-photos"] img');
      return image !== null && image.complete && image.naturalWidth > 0;
    });
    expect(await thumbnail.getAttribute('src')).toBe(`/api/attachments/${summary.id}/thumbnail`);
    expect(await thumbnail.evaluate((image: HTMLImageElement) => [image.naturalWidth, image.naturalHeight])).toEqual([270, 360]);
    const small = await (await page.request.get(`${baseUrl()}/api/attachments/${summary.id}/thumbnail`)).body();
    expect(small.length).toBeLessThanOrEqual(50 * 1024);
    // A 10 MB file made, handed to the browser, decoded and encoded there: more time than the usual browser step.
  }, 120_000);

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
