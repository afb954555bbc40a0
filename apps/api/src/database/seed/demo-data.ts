// The demo story (development only): a fictional 区总工会 with two 镇/街道工会 and six 基层工会, and one account
// for each kind of person. Runs only on a database with no units yet.
import { WorkingDayCalendar } from '@banshishi/workflow';
import type { EntityManager } from 'typeorm';
import { hashPassword } from '../../modules/identity/password';
import { newEntryToken } from '../../modules/identity/units.service';
import { seedDemoRequests } from './demo-requests';
import { seedDemoRoster } from './demo-roster';
import { seedDemoStory } from './demo-story/demo-story';

interface DemoUnit {
  key: string;
  name: string;
  kind: 'district' | 'town' | 'grassroots';
  parent?: string;
}

export const DEMO_UNITS: DemoUnit[] = [
  { key: 'district', name: '江海区总工会', kind: 'district' },
  { key: 'town1', name: '滨江街道总工会', kind: 'town', parent: 'district' },
  { key: 'town2', name: '临港镇总工会', kind: 'town', parent: 'district' },
  { key: 'machinery', name: '江海精密机械有限公司工会', kind: 'grassroots', parent: 'town1' },
  { key: 'logistics', name: '滨江物流园联合工会', kind: 'grassroots', parent: 'town1' },
  { key: 'hospital', name: '江海区第一人民医院工会', kind: 'grassroots', parent: 'town1' },
  { key: 'textile', name: '临港纺织集团工会', kind: 'grassroots', parent: 'town2' },
  { key: 'construction', name: '临港建工集团项目部联合工会', kind: 'grassroots', parent: 'town2' },
  { key: 'sanitation', name: '港区环卫服务中心工会', kind: 'grassroots', parent: 'town2' },
];

export const DEMO_ACCOUNTS = [
  { username: 'worker', displayName: '王建国', grants: [['worker', 'machinery']] },
  { username: 'cadre', displayName: '李敏', grants: [['cadre', 'town1']] },
  { username: 'cadre2', displayName: '陈涛', grants: [['cadre', 'town2']] },
  { username: 'leader', displayName: '赵红', grants: [['leader', 'district']] },
  { username: 'admin', displayName: '系统管理员', grants: [['admin', 'district']] },
] as const;

/** `requests: false` seeds units and accounts only (the integration tests start from known rows). */
export async function seedDemoData(manager: EntityManager, password: string, options: { requests?: boolean } = {}): Promise<boolean> {
  const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM org_unit`);
  if (count > 0) return false;

  const ids = new Map<string, { id: string; path: string }>();
  for (const unit of DEMO_UNITS) {
    const parent = unit.parent ? ids.get(unit.parent) : undefined;
    const [{ id }] = await manager.query(`SELECT gen_random_uuid() AS id`);
    const path = `${parent?.path ?? '/'}${id}/`;
    await manager.query(`INSERT INTO org_unit (id, parent_id, name, kind, path, entry_token) VALUES ($1, $2, $3, $4, $5, $6)`, [
      id,
      parent?.id ?? null,
      unit.name,
      unit.kind,
      path,
      newEntryToken(),
    ]);
    ids.set(unit.key, { id, path });
  }

  const passwordHash = await hashPassword(password);
  const users = new Map<string, string>();
  for (const account of DEMO_ACCOUNTS) {
    const [{ id }] = await manager.query(`INSERT INTO app_user (username, display_name, password_hash) VALUES ($1, $2, $3) RETURNING id`, [
      account.username,
      account.displayName,
      passwordHash,
    ]);
    users.set(account.username, id);
    for (const [role, unitKey] of account.grants) {
      await manager.query(`INSERT INTO role_grant (user_id, unit_id, role) VALUES ($1, $2, $3)`, [id, ids.get(unitKey)?.id, role]);
    }
  }
  if (options.requests !== false) {
    const context = { units: ids, users, categories: await categoryClocks(manager), calendar: await workingDays(manager) };
    await seedDemoRequests(manager, context);
    await seedDemoStory(manager, context);
    // Day one's roster, imported by the admin through the import the API runs (名册导入).
    await seedDemoRoster(manager, { id: users.get('admin') as string, unitPath: (ids.get('district') as { path: string }).path }, password);
  }
  return true;
}

async function categoryClocks(manager: EntityManager): Promise<Map<string, { id: string; responseDays: number; resolutionDays: number }>> {
  const rows: { code: string; id: string; responseDays: number; resolutionDays: number }[] = await manager.query(
    `SELECT code, id, response_days AS "responseDays", resolution_days AS "resolutionDays" FROM category`,
  );
  return new Map(rows.map((row) => [row.code, { id: row.id, responseDays: row.responseDays, resolutionDays: row.resolutionDays }]));
}

async function workingDays(manager: EntityManager): Promise<WorkingDayCalendar> {
  const rows: { day: string; kind: string }[] = await manager.query(`SELECT to_char(day, 'YYYY-MM-DD') AS day, kind FROM calendar_day`);
  return new WorkingDayCalendar({
    holidays: rows.filter((row) => row.kind === 'holiday').map((row) => row.day),
    workdays: rows.filter((row) => row.kind === 'workday').map((row) => row.day),
  });
}
