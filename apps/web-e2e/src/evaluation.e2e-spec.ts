// 评估问效 in the browser (issue 7, Done-when 4): a worker answers 不满意 on their resolved request and it is back
// 办理中 with its handler (重办); the leader opens the dashboard over the last six months, reads 满意率's denominator
// N from its card, clicks it and lands on a list of exactly N requests. Screenshots of the dashboard and the report.
import type { APIRequestContext } from 'playwright-core';
import { chinaDay, json, ordinaryCategoryId } from './support/api';
import { baseUrl, login, screenshot, useBrowser } from './support/browser';

/** Unique words, so the demo data never gets in the way. */
const TAG = `评估批次${Date.now().toString(36).toUpperCase()}`;

interface Detail {
  id: string;
  code: string;
  version: number;
  status: string;
  handlerId: string | null;
}

/** The demo data spans the last six months: from the first of the month five months back, to today. */
function lastSixMonths(): { from: string; to: string } {
  const today = chinaDay();
  const [year, month] = today.split('-').map(Number);
  const start = new Date(Date.UTC(year, month - 1 - 5, 1));
  return { from: start.toISOString().slice(0, 10), to: today };
}

describe('evaluation: the requester answers, the leader reads the figures and the requests behind them', () => {
  const { newPage, signedIn } = useBrowser();

  let worker: APIRequestContext;
  let cadre: APIRequestContext;
  let cadreId: string;
  let categoryId: string;

  beforeAll(async () => {
    worker = await signedIn('worker');
    cadre = await signedIn('cadre');
    cadreId = (await json<{ id: string }>(await cadre.get(`${baseUrl()}/api/auth/me`))).id;
    categoryId = await ordinaryCategoryId(worker);
  });

  const detail = async (id: string): Promise<Detail> => json<Detail>(await cadre.get(`${baseUrl()}/api/requests/${id}`), 200);
  const act = async (who: APIRequestContext, id: string, action: string, body: object = {}): Promise<Detail> => {
    const { version } = await detail(id);
    return json<Detail>(await who.post(`${baseUrl()}/api/requests/${id}/actions/${action}`, { data: { version, ...body } }), 200);
  };
  /** The worker submits; the cadre accepts, takes it on and resolves it. */
  const resolvedRequest = async (title: string): Promise<Detail> => {
    const request = await json<Detail>(
      await worker.post(`${baseUrl()}/api/requests`, { data: { categoryId, title, description: `${title}，已经反映过一次，希望工会帮忙落实。` } }),
      201,
    );
    await act(cadre, request.id, 'accept');
    await act(cadre, request.id, 'assign', { handlerId: cadreId });
    return act(cadre, request.id, 'resolve', { resolution: '已协调车间主任，本周内处理完毕。' });
  };

  it('a worker answers 不满意 and the request is back 办理中 with its handler (重办)', async () => {
    const request = await resolvedRequest(`${TAG}加班费少算了两天`);
    expect(request.status).toBe('resolved');

    const page = await newPage();
    await login(page, 'worker');
    await page.goto(`${baseUrl()}/requests/${request.id}`);
    const form = page.getByTestId('answer-prompt');
    await form.getByText('请评价：您的诉求已办结').waitFor();
    await form.getByText('部分解决', { exact: true }).click();
    await form.getByText('不满意', { exact: true }).click();
    // Before sending, the worker is told plainly what 不满意 does.
    await form.getByTestId('answer-reopen-hint').waitFor();
    await form.getByLabel('意见').fill('只补发了一天，还差一天。');
    await form.getByRole('button', { name: '提交评价' }).click();
    await page.locator('[data-testid="answer-outcome"][data-outcome="reopened"]').getByText('已退回承办人重新办理（重办）').waitFor();
    await page.locator('main').getByText('办理中', { exact: true }).first().waitFor();

    const after = await detail(request.id);
    expect(after.status).toBe('in_progress');
    expect(after.handlerId).toBe(cadreId);

    // The handler sees it back on the staff page, 办理中, with the answer on the timeline.
    const staff = await newPage();
    await login(staff, 'cadre');
    await staff.goto(`${baseUrl()}/inbox/${request.id}`);
    await staff.locator('main').getByText('办理中', { exact: true }).first().waitFor();
    await staff.locator('main').getByText('只补发了一天，还差一天。').waitFor();
  });

  it("the leader clicks 满意率's denominator and lands on a list of exactly that many requests", async () => {
    // One more answer, a satisfied one, so the period holds answers of both kinds.
    const satisfied = await resolvedRequest(`${TAG}更衣室灯坏了`);
    await act(worker, satisfied.id, 'feedback', { resolved: 'resolved', satisfaction: 'satisfied' });

    const { from, to } = lastSixMonths();
    const page = await newPage();
    await login(page, 'leader');
    await page.goto(`${baseUrl()}/dashboard?from=${from}&to=${to}`);
    const card = page.locator('[data-testid="figure-cards"] [data-figure="satisfactionRate"]');
    const denominator = card.locator('[data-part="denominator"]').first();
    await denominator.waitFor();
    const n = Number(await denominator.textContent());
    expect(n).toBeGreaterThanOrEqual(2);
    await page.locator('[data-testid="trend-chart"] svg').waitFor();
    await page.locator('[data-testid="category-chart"] svg').waitFor();
    await page.getByTestId('unit-ranking').waitFor();
    await screenshot(page, 'evaluation-dashboard-1280');

    await denominator.click();
    await page.waitForURL(
      (url) => url.pathname === '/dashboard/requests' && url.searchParams.get('figure') === 'satisfactionRate' && url.searchParams.get('part') === 'denominator',
    );
    const total = page.getByTestId('figure-requests-total');
    await total.getByText(`共 ${n} 条诉求`).waitFor();
    expect(await total.getAttribute('data-total')).toBe(String(n));
    if (n <= 20) {
      await page
        .locator('[data-testid="figure-requests"] tbody tr.ant-table-row')
        .nth(n - 1)
        .waitFor();
      expect(await page.locator('[data-testid="figure-requests"] tbody tr.ant-table-row').count()).toBe(n);
      // With the demo story's answers the list runs to several pages; on one page our own answer must be there.
      await page.locator('[data-testid="figure-requests"]').getByText(satisfied.code).waitFor();
    }

    // The printable monthly report of this month.
    await page.goto(`${baseUrl()}/dashboard/report?month=${to.slice(0, 7)}`);
    await page.getByTestId('monthly-report').getByText('主要指标').waitFor();
    await page.getByTestId('unit-ranking').waitFor();
    await screenshot(page, 'evaluation-report-1280');
  });
});
