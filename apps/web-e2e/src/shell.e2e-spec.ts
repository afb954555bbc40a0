import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, screenshot } from './support/browser';

describe('web shell served by the API on one port', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  });
  afterEach(async () => {
    await page.close();
  });

  it('shows the Chinese shell first and switches to English', async () => {
    await page.goto(baseUrl());
    await page.getByRole('heading', { name: '我为群众办实事' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await screenshot(page, 'shell-1280-zh');
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { name: 'Getting real things done for the people' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('serves client-side routes from index.html', async () => {
    const response = await page.goto(`${baseUrl()}/no/such/page`);
    expect(response?.status()).toBe(200);
    await page.getByText('没有找到这个页面。').waitFor();
  });
});
