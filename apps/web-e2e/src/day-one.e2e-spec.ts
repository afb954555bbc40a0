// A union office's first days in the browser (issue 15): the dashboard opens on last month (defect 4), categories read
// in English in the inbox, the request page and the figure lists, and the 紧急/Urgent tag stays whole on a 375 px
// phone (defect 8), Enter in a date field does not submit the 督办 dialog, and the audit log speaks in words (defect 7).
import type { APIRequestContext, Page } from 'playwright-core';
import { chinaDay, json, ordinaryCategoryId } from './support/api';
import { baseUrl, DESKTOP, login, PHONE, screenshot, useBrowser } from './support/browser';

const TAG = `首日${Date.now().toString(36).toUpperCase()}`;

interface Created {
  id: string;
  code: string;
}

interface Detail extends Created {
  version: number;
  timeline: { action: string }[];
}

interface CategoryRow {
  id: string;
  code: string;
  nameZh: string;
  nameEn: string;
  urgent: boolean;
}

/** The interface in English from the next page on (the language switch keeps its choice in localStorage). */
async function inEnglish(page: Page): Promise<void> {
  await page.context().addInitScript(() => localStorage.setItem('banshishi.language', 'en'));
}

describe('day one: dashboard period, English categories, urgent tag at 375 px, date fields, audit log', () => {
  const { newPage, signedIn } = useBrowser();
  let worker: APIRequestContext;
  let cadre: APIRequestContext;
  let categories: CategoryRow[];

  beforeAll(async () => {
    worker = await signedIn('worker');
    cadre = await signedIn('cadre');
    categories = await json<CategoryRow[]>(await worker.get(`${baseUrl()}/api/categories`));
  });

  const submit = async (title: string, categoryId?: string): Promise<Created> =>
    json<Created>(
      await worker.post(`${baseUrl()}/api/requests`, {
        data: { categoryId: categoryId ?? (await ordinaryCategoryId(worker)), title, description: `${title}，已经持续了一个多月，希望工会帮忙协调解决。` },
      }),
      201,
    );
  const detail = async (who: APIRequestContext, id: string): Promise<Detail> => json<Detail>(await who.get(`${baseUrl()}/api/requests/${id}`));

  it('opens the dashboard on the 1st of a month on the last full month, compared with the month before', async () => {
    const page = await newPage(DESKTOP);
    await login(page, 'leader');
    await page.clock.setFixedTime(new Date('2026-12-01T09:00:00+08:00'));
    await page.goto(`${baseUrl()}/dashboard`);
    await page.getByText('统计 2026-11-01 至 2026-11-30 提交的诉求', { exact: false }).waitFor();
    await page.getByText('与上期（2026-10-01 至 2026-10-31）比较。').waitFor();
    expect(await page.getByTestId('figure-change').count()).toBeGreaterThan(0);
    expect(page.url()).not.toContain('2026-12-01');
    await screenshot(page, 'day-one-dashboard-on-the-1st');
  });

  it('names categories in English in the inbox, the request page and the figure lists', async () => {
    const pay = categories.find((category) => category.code === 'wages') as CategoryRow;
    const request = await submit(`${TAG}加班费没有按规定算`, pay.id);
    const page = await newPage(DESKTOP);
    await login(page, 'cadre');
    await inEnglish(page);

    await page.goto(`${baseUrl()}/inbox?q=${encodeURIComponent(TAG)}`);
    const row = page.locator('tr').filter({ hasText: `${TAG}加班费没有按规定算` });
    await row.waitFor();
    expect(await row.textContent()).toContain(pay.nameEn);
    expect(await row.textContent()).not.toContain(pay.nameZh);

    await page.goto(`${baseUrl()}/inbox/${request.id}`);
    await page.getByRole('heading', { name: `${TAG}加班费没有按规定算` }).waitFor();
    await page.locator('.ant-descriptions-item').filter({ hasText: pay.nameEn }).first().waitFor();
    expect(await page.locator('.ant-descriptions').first().textContent()).not.toContain(pay.nameZh);

    const today = chinaDay(0);
    await page.goto(`${baseUrl()}/dashboard/requests?from=${today}&to=${today}&figure=backlog&part=denominator`);
    const listed = page.locator('tr').filter({ hasText: request.code });
    await listed.waitFor();
    expect(await listed.textContent()).toContain(pay.nameEn);
    await screenshot(page, 'day-one-figure-list-en');
  });

  it('keeps the 紧急/Urgent tag whole beside a long category name on a 375 px phone, in both languages', async () => {
    const safety = categories.find((category) => category.code === 'safety') as CategoryRow;
    expect(safety.urgent).toBe(true);
    for (const language of ['zh-CN', 'en'] as const) {
      const page = await newPage(PHONE);
      await login(page, 'worker');
      if (language === 'en') await inEnglish(page);
      await page.goto(`${baseUrl()}/requests/new`);
      const select = page.getByLabel(language === 'en' ? 'Category' : '诉求类别');
      const urgentWord = language === 'en' ? 'Urgent' : '紧急';
      // The worker's form has a native <select> (the phone's own picker): the option names the category and says urgent.
      const option = select.locator('option').filter({ hasText: language === 'en' ? safety.nameEn : safety.nameZh });
      await option.waitFor({ state: 'attached' });
      expect(
        (await option.textContent())
          ?.trim()
          .replace(/[)）]$/, '')
          .endsWith(urgentWord),
      ).toBe(true);
      // Chosen: the tag beside the picker, whole and inside the form at 375 px.
      await select.selectOption((await option.getAttribute('value')) ?? '');
      const tag = page.getByTestId('urgent-tag');
      await tag.waitFor();
      const fits = await tag.evaluate((element) => {
        const box = element.getBoundingClientRect();
        const clip = (element.closest('form') as HTMLElement).getBoundingClientRect();
        return { whole: element.scrollWidth <= element.clientWidth, inside: box.left >= clip.left - 0.5 && box.right <= clip.right + 0.5, width: box.width };
      });
      expect({ language, ...fits, width: fits.width > 10 }).toEqual({ language, whole: true, inside: true, width: true });
      expect(await tag.textContent()).toBe(urgentWord);
      await screenshot(page, `day-one-urgent-tag-375-${language}`);
    }
  });

  it('does not record a 督办 when Enter is pressed in its date field; the button does, once', async () => {
    const request = await submit(`${TAG}宿舍热水器坏了`);
    const { version } = await detail(cadre, request.id);
    await json(await cadre.post(`${baseUrl()}/api/requests/${request.id}/actions/accept`, { data: { version } }));
    const leader = await signedIn('leader');
    const page = await newPage(DESKTOP);
    await login(page, 'leader');
    await page.goto(`${baseUrl()}/inbox/${request.id}`);
    await page
      .getByRole('group', { name: '可执行的操作' })
      .getByRole('button', { name: /^督\s*办$/ })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('记录内容').fill('请三日内答复职工，并报告进展。');
    const deadline = dialog.locator('.ant-picker input');
    await deadline.click();
    await deadline.fill(chinaDay(10));
    await deadline.press('Enter');
    // the typed day is taken, the dialog stays open, and nothing is recorded
    await page.waitForTimeout(800);
    expect(await dialog.isVisible()).toBe(true);
    expect(await deadline.inputValue()).toBe(chinaDay(10));
    expect((await detail(leader, request.id)).timeline.filter((event) => event.action === 'supervise')).toHaveLength(0);

    await dialog.getByRole('button', { name: '确认督办' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await detail(leader, request.id)).timeline.filter((event) => event.action === 'supervise')).toHaveLength(1);
  });

  it('shows the audit log in words and filters it by action', async () => {
    const page = await newPage(DESKTOP);
    await login(page, 'admin');
    await page.goto(`${baseUrl()}/admin/audit?action=auth.login`);
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    const cells = await page.locator('.ant-table-tbody tr.ant-table-row td').allTextContents();
    expect(cells).toContain('登录');
    expect(cells).toContain('系统管理员');
    const table = (await page.locator('.ant-table').textContent()) ?? '';
    expect(table).not.toContain('auth.login');
    expect(table).not.toMatch(/user [0-9a-f]{8}/);
    await page.getByRole('button', { name: /导出 Excel/ }).waitFor();
    await screenshot(page, 'day-one-audit-log');
  });
});
