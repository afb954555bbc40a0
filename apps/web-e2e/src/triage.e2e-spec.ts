// 项目确定 in the browser (1280 px): a cadre merges a duplicate from the duplicates panel, accepts two requests in bulk,
// turns them into a 实事项目 and submits it; the leader approves it; a visitor sees it on the 公示 page without login.
import type { APIRequestContext } from 'playwright-core';
import { json, ordinaryCategoryId } from './support/api';
import { baseUrl, login, screenshot, useBrowser } from './support/browser';

/** Unique words, so the demo data (300 requests, projects) never gets in the way. */
const TAG = `测试批次${Date.now().toString(36).toUpperCase()}`;
const PROJECT_TITLE = `${TAG}车间饮水改造`;

async function submitAsWorker(api: APIRequestContext, categoryId: string, title: string, description: string): Promise<{ id: string; code: string }> {
  return json<{ id: string; code: string }>(await api.post(`${baseUrl()}/api/requests`, { data: { categoryId, title, description } }), 201);
}

describe('triage: merge, bulk accept, project, approval, 公示', () => {
  const { newPage, signedIn } = useBrowser();

  it('takes two similar requests and a third from duplicate to an approved, published project', async () => {
    // The worker submits through the API: two near-identical requests and a related one.
    const worker = await signedIn('worker');
    const categoryId = await ordinaryCategoryId(worker);
    const text = '三号车间的饮水机坏了一个多星期，夏天高温工人喝不上开水，希望工会协调尽快修好。';
    const first = await submitAsWorker(worker, categoryId, `${TAG}车间饮水机坏了没人修`, text);
    const duplicate = await submitAsWorker(worker, categoryId, `${TAG}车间饮水机坏了没人修理`, `${text}（再次反映）`);
    const related = await submitAsWorker(worker, categoryId, `${TAG}二号车间饮水机漏水`, '二号车间饮水机一直漏水，地面湿滑，存在安全隐患，请尽快更换。');

    // The cadre's inbox, most urgent first.
    const page = await newPage();
    await login(page, 'cadre');
    await page.getByRole('menuitem', { name: '诉求台', exact: true }).click();
    await page.waitForURL(`${baseUrl()}/inbox`);
    await page.locator('main .ant-table-row').first().waitFor();
    await page.locator('main [data-due]').first().waitFor();
    await screenshot(page, 'triage-inbox-1280');

    // The duplicate's page offers the first request and merges into it from the duplicates panel.
    await page.goto(`${baseUrl()}/inbox/${duplicate.id}`);
    const panel = page.getByTestId('duplicates');
    const candidate = panel.locator('.ant-list-item').filter({ hasText: first.code });
    await candidate.waitFor();
    await screenshot(page, 'triage-request-detail-1280');
    await candidate.getByRole('button', { name: '合并到此' }).click();
    const mergeDialog = page.getByRole('dialog');
    await mergeDialog.getByText(first.code).waitFor();
    await mergeDialog.getByRole('button', { name: '确认合并' }).click();
    await mergeDialog.waitFor({ state: 'detached' });
    await page.locator('main').getByText('已合并', { exact: true }).first().waitFor();
    expect(await page.getByRole('button', { name: /^合\s*并$/ }).count()).toBe(0);

    // Back in the inbox, filtered to this batch: accept the two open ones together.
    await page.goto(`${baseUrl()}/inbox?q=${encodeURIComponent(TAG)}`);
    const row = (code: string) => page.locator('main .ant-table-row').filter({ hasText: code });
    await row(first.code).waitFor();
    await row(related.code).waitFor();
    await row(first.code).getByRole('checkbox').check();
    await row(related.code).getByRole('checkbox').check();
    await page.getByText('已选 2 条').waitFor();
    const bulkAccept = page.getByRole('button', { name: '批量受理' });
    // enabled once the selected requests' details (which actions they allow) have loaded
    await page.waitForFunction(() => Array.from(document.querySelectorAll('button')).some((b) => b.textContent === '批量受理' && !b.disabled));
    await bulkAccept.click();
    const results = page.getByRole('dialog');
    await results.getByText('2 条中成功 2 条').waitFor();
    await results
      .getByRole('button', { name: /Close|关闭/ })
      .first()
      .click();
    await results.waitFor({ state: 'hidden' });
    await row(first.code).getByText('已受理').waitFor();
    await row(related.code).getByText('已受理').waitFor();

    // Select them again and turn them into a project.
    await row(first.code).getByRole('checkbox').check();
    await row(related.code).getByRole('checkbox').check();
    const toProject = page.getByRole('button', { name: '转为实事项目' });
    await page.waitForFunction(() => Array.from(document.querySelectorAll('button')).some((b) => b.textContent === '转为实事项目' && !b.disabled));
    await toProject.click();
    await page.waitForURL(/\/projects\/new\?requests=/);
    await page.getByText(`${TAG}二号车间饮水机漏水`).waitFor();
    await page.getByLabel('项目名称').fill(PROJECT_TITLE);
    await page.getByLabel('目标', { exact: true }).fill('解决两个车间夏季饮水难和饮水机漏水的安全隐患');
    await page.getByLabel('实施方案').fill('七月前更换二号、三号车间饮水机，八月前完成管路检修');
    await page.getByLabel('责任人').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '李敏' }).click();
    await page.getByLabel('完成时限').fill('2027-06-30');
    await page.getByLabel('完成时限').press('Enter');
    await page.getByLabel('预计受益职工').fill('120');
    await page.getByRole('button', { name: '保存为草案' }).click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    const projectUrl = page.url();
    await page.getByRole('heading', { name: PROJECT_TITLE }).waitFor();
    await page.locator('main').getByText(first.code).waitFor();

    // Submit it for approval.
    await page.getByRole('button', { name: '提交审批' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认提交审批' }).click();
    await page.locator('main').getByText('待审批', { exact: true }).first().waitFor();
    await screenshot(page, 'triage-project-1280');

    // The leader finds it under 项目审批 and approves it.
    const leader = await newPage();
    await login(leader, 'leader');
    await leader.getByRole('menuitem', { name: '项目审批', exact: true }).click();
    await leader.waitForURL(`${baseUrl()}/projects/approval`);
    await leader.getByRole('link', { name: PROJECT_TITLE }).click();
    await leader.waitForURL(projectUrl);
    await leader.getByRole('button', { name: '批准立项' }).click();
    await leader.getByRole('dialog').getByLabel('意见').fill('同意立项，抓紧实施');
    await leader.getByRole('dialog').getByRole('button', { name: '确认批准立项' }).click();
    await leader.locator('main').getByText('已立项', { exact: true }).first().waitFor();

    // Anyone, without login, sees it on the 公示 page, and no requester's name.
    const visitor = await newPage();
    await visitor.goto(`${baseUrl()}/`);
    await visitor
      .getByRole('link', { name: /项目公示/ })
      .first()
      .click();
    await visitor.waitForURL(`${baseUrl()}/public/projects`);
    const card = visitor.locator('.ant-card').filter({ hasText: PROJECT_TITLE });
    await card.waitFor();
    // The owner unit defaulted to where the first request is handled.
    expect(await card.textContent()).toContain('江海精密机械有限公司工会');
    await card.getByRole('link', { name: PROJECT_TITLE }).click();
    await visitor.getByRole('heading', { name: PROJECT_TITLE }).waitFor();
    expect(await visitor.locator('body').textContent()).not.toMatch(/王建国|李敏/);
    await screenshot(visitor, 'triage-public-project-1280');
  });
});
