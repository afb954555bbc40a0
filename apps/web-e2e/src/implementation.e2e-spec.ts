// 精准实施 in the browser (issue 6, Done-when 3): a handler posts a public progress note with a photo from the request
// page and the requester sees it (a real-name worker on /requests/:id at 375 px, an anonymous one on /track); a project
// with two linked requests is completed with a report and both requesters are asked for their answer.
import { readFileSync } from 'node:fs';
import type { APIRequestContext, Page } from 'playwright-core';
import { chinaDay, flattenUnits, json, ordinaryCategoryId, type OrgUnitNode } from './support/api';
import { baseUrl, login, makeJpeg, PHONE, screenshot, useBrowser } from './support/browser';

/** Unique words, so the demo data never gets in the way. */
const TAG = `实施批次${Date.now().toString(36).toUpperCase()}`;

interface Detail {
  id: string;
  code: string;
  version: number;
  status: string;
  handlingUnitId: string;
  trackingSecret?: string;
}

/** Every image under the locator has loaded (the attachment really came back from the API). */
async function imagesLoaded(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((css) => {
    const images = Array.from(document.querySelectorAll<HTMLImageElement>(css));
    return images.length > 0 && images.every((image) => image.complete && image.naturalWidth > 0);
  }, selector);
}

describe('implementation: progress with a photo, project completion, the requester asked', () => {
  const { newContext, newPage, signedIn } = useBrowser();

  let worker: APIRequestContext;
  let cadre: APIRequestContext;
  let leader: APIRequestContext;
  let anonymous: APIRequestContext;
  let cadreId: string;
  let categoryId: string;
  let entryToken: string;

  beforeAll(async () => {
    worker = await signedIn('worker');
    cadre = await signedIn('cadre');
    leader = await signedIn('leader');
    anonymous = (await newContext()).request;
    cadreId = (await json<{ id: string }>(await cadre.get(`${baseUrl()}/api/auth/me`))).id;
    categoryId = await ordinaryCategoryId(worker);
    const units = flattenUnits(await json<OrgUnitNode[]>(await cadre.get(`${baseUrl()}/api/units`)));
    const unit = units.find((node) => node.entryToken && node.kind === 'grassroots') ?? units.find((node) => node.entryToken);
    entryToken = unit?.entryToken ?? '';
    expect(entryToken).toBeTruthy();
  });

  const submitAsWorker = async (title: string): Promise<Detail> =>
    json<Detail>(await worker.post(`${baseUrl()}/api/requests`, { data: { categoryId, title, description: `${title}，情况持续了两周，希望工会协调尽快解决。` } }), 201);
  const submitAnonymously = async (title: string): Promise<Detail> =>
    json<Detail>(
      await anonymous.post(`${baseUrl()}/api/requests`, { data: { entryToken, anonymous: true, categoryId, title, description: `${title}，不方便留名，请工会帮忙反映。` } }),
      201,
    );
  const detail = async (id: string): Promise<Detail> => json<Detail>(await cadre.get(`${baseUrl()}/api/requests/${id}`), 200);
  const act = async (who: APIRequestContext, id: string, action: string, body: object = {}): Promise<Detail> => {
    const { version } = await detail(id);
    return json<Detail>(await who.post(`${baseUrl()}/api/requests/${id}/actions/${action}`, { data: { version, ...body } }), 200);
  };
  const projectAct = async (who: APIRequestContext, id: string, action: string, body: object = {}): Promise<void> => {
    const { version } = await json<{ version: number }>(await cadre.get(`${baseUrl()}/api/projects/${id}`), 200);
    await json(await who.post(`${baseUrl()}/api/projects/${id}/actions/${action}`, { data: { version, ...body } }), 200);
  };

  it('posts a public progress note with a photo that the worker and an anonymous requester see', async () => {
    const mine = await submitAsWorker(`${TAG}食堂排队时间太长`);
    const anon = await submitAnonymously(`${TAG}宿舍热水器坏了`);
    for (const request of [mine, anon]) {
      await act(cadre, request.id, 'accept');
      await act(cadre, request.id, 'assign', { handlerId: cadreId });
    }

    // The cadre's day starts at 我的工作台: both requests are there, with their clocks.
    const page = await newPage();
    await login(page, 'cadre');
    const firstItem = page.getByRole('menu', { name: '主导航' }).getByRole('menuitem').first();
    await expect(firstItem.textContent()).resolves.toContain('我的工作台');
    await firstItem.click();
    await page.waitForURL(`${baseUrl()}/workspace`);
    await page.locator(`main [data-code="${mine.code}"]`).waitFor();
    await page.locator(`main [data-code="${anon.code}"]`).waitFor();
    await page.locator('main [data-due]').first().waitFor();
    await screenshot(page, 'implementation-workspace-1280');

    // From the workspace to the request page, and a public note with a photo.
    await page.locator(`main [data-code="${mine.code}"]`).getByRole('link').click();
    await page.waitForURL(`${baseUrl()}/inbox/${mine.id}`);
    await page.getByRole('button', { name: /^记\s*录$/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('记录内容').fill('已与食堂协商，午餐增开两个窗口，下周一起执行。');
    await dialog.getByText('公开（诉求人可见）').click();
    await dialog.getByLabel('已联系诉求人').click();
    await dialog.locator('input[type=file]').setInputFiles(await makeJpeg(page, '新增窗口.jpg'));
    await dialog.locator('.ant-upload-list-item-done, .ant-upload-list-item:not(.ant-upload-list-item-uploading)').first().waitFor();
    await dialog.getByRole('button', { name: '确认记录' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('main [data-public="true"]').filter({ hasText: '增开两个窗口' }).waitFor();
    await imagesLoaded(page, 'main [data-public="true"] [data-testid="note-photos"] img');

    // The worker, on a phone, sees the note and its photo on their own request.
    const workerPage = await newPage(PHONE);
    await login(workerPage, 'worker');
    await workerPage.goto(`${baseUrl()}/requests/${mine.id}`);
    await workerPage.getByText('已与食堂协商，午餐增开两个窗口，下周一起执行。').waitFor();
    await imagesLoaded(workerPage, 'main [data-testid="note-photos"] img');
    await screenshot(workerPage, 'implementation-worker-detail-375');

    // The anonymous requester: a note with a photo (posted through the API this time) on /track with code and secret.
    const jpeg = readFileSync(await makeJpeg(page, '热水器.jpg'));
    const photo = await json<{ id: string }>(
      await cadre.post(`${baseUrl()}/api/attachments`, { multipart: { file: { name: '热水器.jpg', mimeType: 'image/jpeg', buffer: jpeg } } }),
      201,
    );
    await act(cadre, anon.id, 'note', { note: '已联系物业，新热水器本周五安装。', public: true, attachmentIds: [photo.id] });
    const visitor = await newPage(PHONE);
    await visitor.goto(`${baseUrl()}/track`);
    await visitor.getByLabel('查询码').fill(anon.code);
    await visitor.getByLabel('密钥').fill(anon.trackingSecret ?? '');
    await visitor.getByRole('button', { name: /查\s*询/ }).click();
    await visitor.getByText('已联系物业，新热水器本周五安装。').waitFor();
    await imagesLoaded(visitor, 'main [data-testid="note-photos"] img');
    await visitor.getByTestId('tracked-notifications').waitFor();
  });

  it('completes a project with a report: both linked requests resolved, each requester asked for an answer', async () => {
    const mine = await submitAsWorker(`${TAG}更衣室柜子不够用`);
    const anon = await submitAnonymously(`${TAG}更衣室没有柜子`);
    await act(cadre, mine.id, 'accept');
    await act(cadre, anon.id, 'accept');
    const ownerUnitId = (await detail(mine.id)).handlingUnitId;
    const project = await json<{ id: string }>(
      await cadre.post(`${baseUrl()}/api/projects`, {
        data: {
          title: `${TAG}更衣室增设储物柜`,
          goal: '解决车间职工更衣室储物柜不足的问题',
          plan: '采购并安装 60 个储物柜，月底前完成',
          ownerUnitId,
          ownerUserId: cadreId,
          deadline: chinaDay(120),
          expectedBeneficiaries: 60,
          requestIds: [mine.id, anon.id],
        },
      }),
      201,
    );
    await projectAct(cadre, project.id, 'submit');
    await projectAct(leader, project.id, 'approve', { comment: '同意' });
    await projectAct(cadre, project.id, 'start');

    // The cadre plans a milestone and completes it with a photo, then completes the project with a report.
    const page = await newPage();
    await login(page, 'cadre');
    await page.goto(`${baseUrl()}/projects/${project.id}`);
    const milestones = page.getByTestId('milestones');
    await milestones.getByRole('button', { name: '添加节点' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('节点名称').fill('储物柜采购到货');
    await dialog.getByLabel('计划完成日期').fill(chinaDay(10));
    // Enter takes the typed date; it never sends a dialog (day-one.e2e-spec.ts), the button does.
    await dialog.getByLabel('计划完成日期').press('Enter');
    await dialog.getByRole('button', { name: '确认添加节点' }).click();
    await dialog.waitFor({ state: 'detached' });
    const item = milestones.locator('[data-milestone="储物柜采购到货"]');
    await item.waitFor();
    await item.getByRole('button', { name: '完成节点' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('完成情况').fill('60 个储物柜已到货并安装到位。');
    await dialog.locator('input[type=file]').setInputFiles(await makeJpeg(page, '储物柜.jpg'));
    await dialog.locator('.ant-upload-list-item-done, .ant-upload-list-item:not(.ant-upload-list-item-uploading)').first().waitFor();
    await dialog.getByRole('button', { name: /^确认节点完成/ }).click();
    await dialog.waitFor({ state: 'detached' });
    await item.locator('[data-state="done"]').waitFor();
    await imagesLoaded(page, '[data-testid="milestones"] img');
    await milestones.getByText('100%').waitFor();
    await screenshot(page, 'implementation-project-milestones-1280');

    await page.getByRole('button', { name: /^完\s*成$/ }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('完成报告').fill('储物柜已全部安装，职工可按工号领取钥匙。');
    await dialog.getByLabel('实际受益人数').fill('60');
    await dialog.getByRole('button', { name: /^确认完成/ }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('main').getByText('已完成', { exact: true }).first().waitFor();
    // 评估问效 of the project: the milestone was done on time, 60 people reached.
    const evaluation = page.getByTestId('project-evaluation');
    await evaluation.getByText('100.0% (1 / 1)').waitFor();
    await evaluation.getByText('60 / ').waitFor();
    const linked = page.locator('main .ant-list-item').filter({ hasText: TAG });
    for (const code of [mine.code, anon.code]) await linked.filter({ hasText: code }).getByText('已办结').waitFor();

    // The worker is asked for their answer, with the resolution and the project's progress beside it.
    const workerPage = await newPage(PHONE);
    await login(workerPage, 'worker');
    await workerPage.goto(`${baseUrl()}/requests/${mine.id}`);
    await workerPage.getByTestId('answer-prompt').waitFor();
    await workerPage.getByTestId('resolution').getByText('储物柜已全部安装').waitFor();
    await workerPage.getByTestId('request-project').getByText('100%').waitFor();

    // So is the anonymous requester, on /track.
    const visitor = await newPage(PHONE);
    await visitor.goto(`${baseUrl()}/track`);
    await visitor.getByLabel('查询码').fill(anon.code);
    await visitor.getByLabel('密钥').fill(anon.trackingSecret ?? '');
    await visitor.getByRole('button', { name: /查\s*询/ }).click();
    await visitor.getByTestId('answer-prompt').waitFor();
    await visitor.getByText('请评价：您的诉求已办结').waitFor();
  });
});
