// 代为登记 in the browser: a cadre records a request taken by phone (来电) for an anonymous worker, prints the slip
// (code, secret and the QR of the tracking link, nothing of the app around it on paper), and the worker follows the
// request with that code and secret on their own phone.
import type { Page } from 'playwright-core';
import { baseUrl, DESKTOP, login, PHONE, publicUrl, screenshot, useBrowser } from './support/browser';

const UNIT = '江海精密机械有限公司工会';

async function chooseCategory(page: Page, name: string): Promise<void> {
  await page.getByLabel('诉求类别').click();
  await page.locator('.ant-select-item-option').filter({ hasText: name }).first().click();
}

describe('代为登记: a request taken in person, its slip, and tracking with it', () => {
  const { newPage } = useBrowser();

  it('records an anonymous phone call, prints the slip, and the worker tracks it with code and secret', async () => {
    const cadre = await newPage(DESKTOP);
    await login(cadre, 'cadre');
    await cadre.getByRole('menuitem', { name: '代为登记' }).click();
    await cadre.waitForURL(`${baseUrl()}/in-person`);

    const title = `夜班下班没有班车回宿舍${Date.now() % 100000}`;
    await cadre.getByLabel('职工所在单位').first().click();
    await cadre.locator('.ant-select-tree-title').filter({ hasText: UNIT }).first().click();
    await cadre.getByText('来电', { exact: true }).click();
    await cadre.getByText('匿名', { exact: true }).click();
    await cadre.getByText('不记录姓名和手机号；职工凭回执上的查询码和密钥查询进度、评价。').waitFor();
    expect(await cadre.getByLabel('职工姓名').count()).toBe(0);
    await chooseCategory(cadre, '劳动争议与权益');
    await cadre.getByLabel('标题').fill(title);
    await cadre.getByLabel('反映的情况').fill('12351 来电：夜班凌晨两点下班后没有公交车，只能走四十分钟回宿舍，希望开通夜班班车。');
    await screenshot(cadre, 'in-person-form-1280');
    await cadre.getByRole('button', { name: '登记并生成回执' }).click();

    // The slip: code, secret (grouped, no look-alikes), the QR of the tracking link on the public address.
    const slip = cadre.getByTestId('tracking-slip');
    await slip.getByRole('heading', { name: '诉求回执' }).waitFor();
    const code = ((await slip.getByTestId('slip-code').textContent()) ?? '').trim();
    const secret = ((await slip.getByTestId('slip-secret').textContent()) ?? '').trim();
    expect(code).toMatch(/^BS-\d{4}-\d{6}$/);
    expect(secret).toMatch(/^[2-9A-HJKMNP-TV-Z]{4}(-[2-9A-HJKMNP-TV-Z]{4}){3}$/);
    const qr = slip.getByTestId('tracking-qr');
    expect(await qr.locator('svg').count()).toBe(1);
    const link = (await qr.getAttribute('data-link')) ?? '';
    expect(link).toBe(`${publicUrl()}/track#code=${code}&secret=${secret}`);
    await slip.getByText('来电', { exact: true }).waitFor();
    await slip.getByText('李敏').waitFor();
    await slip.getByText(UNIT).waitFor();
    await slip.getByText(`${publicUrl()}/track`, { exact: false }).waitFor();

    // Printing: the button asks the browser to print; on paper only the slip, without the menu or its own buttons.
    await cadre.evaluate(() => {
      const counted = window as unknown as { printed: number };
      counted.printed = 0;
      window.print = () => {
        counted.printed += 1;
      };
    });
    await slip.getByRole('button', { name: /打印回执/ }).click();
    expect(await cadre.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await cadre.emulateMedia({ media: 'print' });
    expect(await cadre.getByRole('menu', { name: '主导航' }).isVisible()).toBe(false);
    expect(await slip.getByRole('button', { name: /打印回执/ }).isVisible()).toBe(false);
    expect(await slip.getByTestId('slip-secret').isVisible()).toBe(true);
    expect(await qr.locator('svg').isVisible()).toBe(true);
    await screenshot(cadre, 'in-person-slip-print');
    await cadre.emulateMedia({ media: 'screen' });

    // The cadre's own record says how and when it came in.
    await cadre.getByRole('button', { name: '查看这条诉求' }).click();
    await cadre.getByRole('heading', { name: title }).waitFor();
    expect((await cadre.getByTestId('request-channel').textContent())?.trim()).toBe('来电');

    // The worker, on their own phone and without an account, types the code and the secret as they read it.
    const phone = await newPage(PHONE);
    await phone.goto(`${baseUrl()}/track`);
    await phone.getByLabel('查询码').fill(code);
    await phone.getByLabel('密钥').fill(secret.toLowerCase().replace(/-/g, ' '));
    await phone.getByRole('button', { name: /查\s*询/ }).click();
    await phone.getByRole('heading', { name: title }).waitFor();
    await phone.locator('main .ant-tag').filter({ hasText: '待受理' }).first().waitFor();
    await screenshot(phone, 'in-person-track-375');

    // Or scans the slip's QR: the link opens the request, and the secret leaves the address bar at once.
    const scanned = await newPage(PHONE);
    await scanned.goto(`${baseUrl()}/track${new URL(link).hash}`);
    await scanned.getByRole('heading', { name: title }).waitFor();
    expect(scanned.url()).toBe(`${baseUrl()}/track`);
  });
});
