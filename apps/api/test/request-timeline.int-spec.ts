// A status change and its timeline event commit together or not at all.
import { applyTransition, requestWorkflow, type Actor } from '@banshishi/workflow';
import { DataSource } from 'typeorm';
import { RequestTimelineRepository } from '../src/modules/requests/request-timeline.repository';
import { createTestApp, type TestApp } from './test-app';

describe('request timeline: status and event in one transaction', () => {
  let t: TestApp;
  let db: DataSource;
  let timeline: RequestTimelineRepository;
  let cadre: Actor;

  async function newRequest(): Promise<string> {
    const [row] = await db.query(
      `INSERT INTO request (code, home_unit_id, handling_unit_id, category_id, anonymous, title, description, status)
       SELECT 'BS-TEST-' || floor(random() * 1e9)::text, u.id, u.id, c.id, true, '食堂排队太久', '中午排队要四十分钟', 'submitted'
         FROM org_unit u, category c WHERE u.kind = 'grassroots' AND c.code = 'other' LIMIT 1
       RETURNING id`,
    );
    return row.id;
  }

  async function state(id: string) {
    const [request] = await db.query(`SELECT status, version FROM request WHERE id = $1`, [id]);
    const events = await db.query(`SELECT action, from_status, to_status FROM request_event WHERE request_id = $1`, [id]);
    return { ...request, events };
  }

  function accept() {
    const result = applyTransition(requestWorkflow, { status: 'submitted', reopenCount: 0 }, 'accept', cadre, {});
    if (!result.ok) throw new Error(result.error.message);
    return result;
  }

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    timeline = t.app.get(RequestTimelineRepository);
    const [user] = await db.query(`SELECT id FROM app_user WHERE username = 'cadre'`);
    cadre = { id: user.id, roles: ['cadre'] };
  });
  afterAll(async () => {
    await t.close();
  });

  it('writes the new status, a higher version and one event', async () => {
    const id = await newRequest();
    const { state: next, event } = accept();
    await timeline.record({ requestId: id, version: 1, state: next, event });
    expect(await state(id)).toEqual({ status: 'accepted', version: 2, events: [{ action: 'accept', from_status: 'submitted', to_status: 'accepted' }] });
  });

  it('refuses a stale version and writes nothing', async () => {
    const id = await newRequest();
    const { state: next, event } = accept();
    await expect(timeline.record({ requestId: id, version: 7, state: next, event })).rejects.toMatchObject({ code: 'STALE_VERSION' });
    expect(await state(id)).toEqual({ status: 'submitted', version: 1, events: [] });
  });

  it('rolls the status back when the event cannot be written', async () => {
    const id = await newRequest();
    // Make the second write fail, as a full disk or a broken constraint would.
    await db.query(`
      CREATE FUNCTION fail_event() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'event write failed'; END $$;
      CREATE TRIGGER fail_event BEFORE INSERT ON request_event FOR EACH ROW EXECUTE FUNCTION fail_event();`);
    try {
      const { state: next, event } = accept();
      await expect(timeline.record({ requestId: id, version: 1, state: next, event })).rejects.toThrow(/event write failed/);
    } finally {
      await db.query(`DROP TRIGGER fail_event ON request_event; DROP FUNCTION fail_event();`);
    }
    expect(await state(id)).toEqual({ status: 'submitted', version: 1, events: [] });
  });
});
