// Login, role-aware navigation and logout for every demo account, in Chromium against the built app and its demo data.
import type { Browser, Page } from 'playwright-core';
import { baseUrl, DEMO_PASSWORD, launchBrowser, screenshot } from './support/browser';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 740 };

/** What each demo account must (and must not) find in the menu. */
const ACCOUNTS = [
  { username: 'worker', units: false, admin: false },
  { username: 'cadre', units: true, admin: false },
  { username: 'cadre2', units: true, admin: false },
  { username: 'leader', units: true, admin: false },
  { username: 'admin', units: true, admin: true },
] as const;

async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('用户名或手机号', { exact: true }).fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByLabel('密码', { exact: true }).press('Enter');
}

function mainMenu(page: Page) {
  return page.getByRole('menu', { name: '主导航' });
}

describe('identity: login, role-aware navigation, logout', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });
  afterEach(async () => {
    await page.close();
  });

  it.each(ACCOUNTS)('shows $username the navigation of their roles, then logs out', async ({ username, units, admin }) => {
    page = await browser.newPage({ viewport: DESKTOP });
    await page.goto(`${baseUrl()}/login`);
    await login(page, username);
    await page.waitForURL(`${baseUrl()}/`);

    const menu = mainMenu(page);
    await menu.getByRole('menuitem', { name: '首页', exact: true }).waitFor();
    expect(await menu.getByRole('menuitem', { name: '我的账户', exact: true }).count()).toBe(1);
    expect(await menu.getByRole('menuitem', { name: '组织单位', exact: true }).count()).toBe(units ? 1 : 0);
    expect(await menu.getByRole('menuitem', { name: '系统管理', exact: true }).count()).toBe(admin ? 1 : 0);

    // The account page names the person and the units of their roles.
    await menu.getByRole('menuitem', { name: '我的账户', exact: true }).click();
    await page.waitForURL(`${baseUrl()}/account`);
    await page.getByText(username, { exact: true }).waitFor();

    if (units) {
      await menu.getByRole('menuitem', { name: '组织单位', exact: true }).click();
      await page.waitForURL(`${baseUrl()}/units`);
      await page.locator('main .ant-table-row').first().waitFor();
    } else {
      // The guard answers a page the roles do not cover.
      await page.goto(`${baseUrl()}/units`);
      await page.getByText('无权访问').waitFor();
    }

    if (admin) {
      await menu.getByRole('menuitem', { name: '系统管理', exact: true }).click();
      for (const label of ['组织单位管理', '诉求分类', '工作日历', '用户', '审计日志']) {
        await menu.getByRole('menuitem', { name: label, exact: true }).waitFor();
      }
      await menu.getByRole('menuitem', { name: '诉求分类', exact: true }).click();
      await page.getByRole('cell', { name: '欠薪讨薪', exact: true }).waitFor();
      await screenshot(page, 'identity-admin-categories-1280');
      await page.goto(`${baseUrl()}/`);
      await mainMenu(page).getByRole('menuitem', { name: '首页', exact: true }).waitFor();
      await screenshot(page, 'identity-shell-admin-1280');
    }

    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL(`${baseUrl()}/login`);
    await page.getByLabel('用户名或手机号', { exact: true }).waitFor();
    // The session is gone on the server too: a page that needs a login sends us back.
    await page.goto(`${baseUrl()}/account`);
    await page.waitForURL(`${baseUrl()}/login?next=%2Faccount`);
  });

  it('says so when the password is wrong, and keeps the username', async () => {
    page = await browser.newPage({ viewport: DESKTOP });
    await page.goto(`${baseUrl()}/login`);
    await screenshot(page, 'identity-login-1280');
    await login(page, 'cadre2', 'not-the-password');
    await page.getByRole('alert').filter({ hasText: '用户名或密码错误' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.getByLabel('用户名或手机号', { exact: true }).inputValue()).toBe('cadre2');
  });

  it('asks for both fields before sending anything', async () => {
    page = await browser.newPage({ viewport: DESKTOP });
    await page.goto(`${baseUrl()}/login`);
    await page.getByLabel('密码', { exact: true }).press('Enter');
    await page.getByText('请输入用户名').waitFor();
    await page.getByText('请输入密码').waitFor();
  });

  it('returns to the page that asked for a login', async () => {
    page = await browser.newPage({ viewport: DESKTOP });
    await page.goto(`${baseUrl()}/admin/audit`);
    await page.waitForURL(`${baseUrl()}/login?next=%2Fadmin%2Faudit`);
    await login(page, 'admin');
    await page.waitForURL(`${baseUrl()}/admin/audit`);
    await page.getByRole('heading', { name: '审计日志' }).waitFor();
  });

  it('fits a phone: login page, then the menu in a drawer', async () => {
    page = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
    await page.goto(`${baseUrl()}/login`);
    await page.getByLabel('用户名或手机号', { exact: true }).waitFor();
    await screenshot(page, 'identity-login-375');
    await login(page, 'cadre');
    await page.waitForURL(`${baseUrl()}/`);

    // No side bar on a phone: the menu opens from the header.
    expect(await mainMenu(page).count()).toBe(0);
    await page.getByRole('button', { name: '打开菜单' }).click();
    const menu = mainMenu(page);
    await menu.getByRole('menuitem', { name: '组织单位', exact: true }).waitFor();
    expect(await menu.getByRole('menuitem', { name: '系统管理', exact: true }).count()).toBe(0);
    await screenshot(page, 'identity-shell-cadre-375');
    // Under a loaded machine the drawer was once seen closed again after the full-page screenshot (CI, 2026-12-01):
    // open it again when it is not there, so the test checks the navigation, not the timing.
    for (let attempt = 1; ; attempt++) {
      if (!(await menu.isVisible())) await page.getByRole('button', { name: '打开菜单' }).click();
      try {
        await menu.getByRole('menuitem', { name: '组织单位', exact: true }).click({ timeout: 10_000 });
        break;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
    await page.waitForURL(`${baseUrl()}/units`);
    await page.locator('main .ant-table-row').first().waitFor();
    await mainMenu(page).waitFor({ state: 'hidden' }); // the drawer closes on navigation
    await screenshot(page, 'identity-units-cadre-375');

    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL(`${baseUrl()}/login`);
  });
});
