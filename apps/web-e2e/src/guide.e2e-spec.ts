// The guide in the browser: a visitor reads the article whole (four sections, the highlighted 一条龙流程, no source-page
// chrome) at 1280 and 375 px; a cadre follows the inbox's "why" link and lands on the passage.
import type { Page } from 'playwright-core';
import { baseUrl, DESKTOP, login, PHONE, screenshot, useBrowser } from './support/browser';

const SECTIONS = ['党心', '初心', '信心', '匠心'];
const STAGES = ['意见收集', '项目确定', '精准实施', '评估问效'];

/** Whether the element's top edge is inside the viewport (the page has scrolled to it). */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((css) => {
    const box = document.querySelector(css)?.getBoundingClientRect();
    return !!box && box.height > 0 && box.top >= -1 && box.top < window.innerHeight;
  }, selector);
}

describe('guide: the article whole, its pipeline, and the stages’ "why" links', () => {
  const { newPage } = useBrowser();

  it('shows a visitor the whole article with its four sections and the highlighted pipeline', async () => {
    const page = await newPage(DESKTOP);
    await page.goto(`${baseUrl()}/guide`);
    const article = page.getByTestId('guide-article');
    await article.waitFor();

    await page.getByTestId('guide-title').getByText('坚守“四心” 增强“四力”').waitFor();
    await page.getByTestId('guide-author').getByText('季冰冰').waitFor();
    await page.getByTestId('guide-unit').getByText('南通市通州区总工会').waitFor();
    await page.getByTestId('guide-date').getByText('2021年9月27日').waitFor();
    for (const section of SECTIONS) {
      await article.getByRole('heading', { level: 3, name: new RegExp(`坚守“${section}”`) }).waitFor();
    }
    const passage = page.getByTestId('guide-passage');
    await passage.getByText('「我为群众办实事」').waitFor();
    const pipeline = page.getByTestId('guide-pipeline');
    for (const stage of STAGES) await pipeline.getByRole('link', { name: stage, exact: true }).waitFor();
    // The visitor's 意见收集 is tracking; the other steps lead to the staff screens.
    expect(await pipeline.getByRole('link', { name: '意见收集' }).getAttribute('href')).toBe('/track');
    expect(await pipeline.getByRole('link', { name: '项目确定' }).getAttribute('href')).toBe('/inbox');

    // The source page's chrome is left out.
    const text = await page.locator('body').innerText();
    for (const chrome of ['打开微信扫一扫', '打开抖音扫一扫', '新媒体', '内容详情']) expect(text).not.toContain(chrome);

    // Paragraph ids are anchors.
    expect(await page.locator('#chuxin-3').count()).toBe(1);
    // In the navigation for everyone, and linked from the home page.
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('link', { name: /读原文/ }).click();
    await page.waitForURL(`${baseUrl()}/guide`);
    await article.waitFor();
    await screenshot(page, 'guide-1280');
  });

  it('puts the outline above the text on a phone', async () => {
    const page = await newPage(PHONE);
    await page.goto(`${baseUrl()}/guide#chuxin-3`);
    await page.getByTestId('guide-article').waitFor();
    const outline = page.getByRole('navigation', { name: '目录' });
    const [outlineBox, articleBox] = [await outline.boundingBox(), await page.getByTestId('guide-article').boundingBox()];
    expect(outlineBox && articleBox && outlineBox.y + outlineBox.height <= articleBox.y).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    // A deep link to a paragraph scrolls to it once the article has loaded.
    await page.waitForFunction(() => {
      const top = document.getElementById('chuxin-3')?.getBoundingClientRect().top;
      return top !== undefined && top >= -1 && top < window.innerHeight;
    });
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'guide-375');
  });

  it('takes a cadre from the inbox\'s "why" link to the passage', async () => {
    const page = await newPage(DESKTOP);
    await login(page, 'cadre');
    await page.goto(`${baseUrl()}/inbox`);
    await page.getByTestId('why-link').click();
    await page.waitForURL((url) => url.pathname === '/guide' && url.hash === '#pipeline');
    expect(new URL(page.url()).searchParams.get('stage')).toBe('triage');
    const passage = page.getByTestId('guide-passage');
    await passage.waitFor();
    await page.waitForFunction(() => {
      const top = document.getElementById('pipeline')?.getBoundingClientRect().top;
      return top !== undefined && top >= -1 && top < window.innerHeight;
    });
    expect(await inView(page, '#pipeline')).toBe(true);
    expect(await passage.isVisible()).toBe(true);
  });
});
