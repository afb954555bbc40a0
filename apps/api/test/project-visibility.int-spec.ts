// Which projects the public 公示 shows, and which have an outcome, for every project status — the same judgement
// the web makes (apps/web/src/features/projects/utils/project-visibility.spec.ts holds the web to this same table).
import { PROJECT_STATUSES, type ProjectStatus } from '@banshishi/workflow';
import { projectAct, projectInStatus } from './support/factories';
import { testWorld, type TestWorld } from './support/world';
import { createTestApp, type TestApp } from './test-app';

/** Written out by hand from DOMAIN.md: published from approval on; refused, cancelled and unapproved ones never. */
const PUBLIC: Record<ProjectStatus, boolean> = {
  draft: false,
  pending_approval: false,
  approved: true,
  rejected: false,
  implementing: true,
  completed: true,
  evaluated: true,
  cancelled: false,
};
/** The work is done: the public outcome (满意率, beneficiaries) exists. */
const DONE: Record<ProjectStatus, boolean> = { ...PUBLIC, approved: false, implementing: false };

describe('project visibility by status (real HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let w: TestWorld;

  beforeAll(async () => {
    t = await createTestApp();
    w = await testWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it.each(PROJECT_STATUSES)('%s', async (status) => {
    const project = await projectInStatus(w, status);
    const page = await t.request('GET', `/api/public/projects/${project.code}`);
    expect(page.status).toBe(PUBLIC[status] ? 200 : 404);
    const list = await t.request('GET', '/api/public/projects');
    expect((list.body as { code: string }[]).some((p) => p.code === project.code)).toBe(PUBLIC[status]);
    expect((await t.request('GET', `/api/public/projects/${project.code}/outcome`)).status).toBe(DONE[status] ? 200 : 404);
  });

  it('a project cancelled after its approval leaves the 公示', async () => {
    const project = await projectInStatus(w, 'approved');
    expect((await t.request('GET', `/api/public/projects/${project.code}`)).status).toBe(200);
    await projectAct(w, 'cadre', project.id, 'cancel', { reason: '企业已自行解决' });
    expect((await t.request('GET', `/api/public/projects/${project.code}`)).status).toBe(404);
  });
});
