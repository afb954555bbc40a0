// The demo's imported roster (名册导入): how a union office fills its tree and its people on day one. A workbook is
// written exactly as an admin would fill in the template — the district's existing units given their codes, two new
// 基层工会, and the people of three of them by phone — and imported by the admin through the API's own import
// (roster-import.ts), audited as any import. Deterministic.
//
// The imported people then sign in with their phone and the demo password and, as after any import, must change it
// first (the import's one-time passwords are replaced by the demo password, so a visitor of the demo can try it).
import type { EntityManager } from 'typeorm';
import { hashPassword } from '../../modules/identity/password';
import { importRoster } from '../../modules/identity/roster/roster-import';
import { readRosterWorkbook, writeRosterWorkbook, type RosterContent } from '../../modules/identity/roster/roster-workbook';

const SURNAMES = ['刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林'];
const GIVEN = ['洋', '静', '磊', '婷', '强', '敏', '军', '丽', '涛', '燕', '斌', '霞', '鹏', '芳', '杰', '娟', '浩', '玲'];

export const DEMO_ROSTER: RosterContent = {
  units: [
    { unitName: '江海区总工会', unitCode: 'JH', parent: '', kind: '区总工会' },
    { unitName: '滨江街道总工会', unitCode: 'JH-BJ', parent: 'JH', kind: '镇/街道工会' },
    { unitName: '临港镇总工会', unitCode: 'JH-LG', parent: 'JH', kind: '镇/街道工会' },
    { unitName: '江海精密机械有限公司工会', unitCode: 'JH-BJ-001', parent: 'JH-BJ', kind: '基层工会' },
    { unitName: '滨江物流园联合工会', unitCode: 'JH-BJ-002', parent: 'JH-BJ', kind: '基层工会' },
    { unitName: '江海区第一人民医院工会', unitCode: 'JH-BJ-003', parent: 'JH-BJ', kind: '基层工会' },
    { unitName: '临港纺织集团工会', unitCode: 'JH-LG-001', parent: 'JH-LG', kind: '基层工会' },
    { unitName: '临港建工集团项目部联合工会', unitCode: 'JH-LG-002', parent: 'JH-LG', kind: '基层工会' },
    { unitName: '港区环卫服务中心工会', unitCode: 'JH-LG-003', parent: 'JH-LG', kind: '基层工会' },
    // New on the roster: two 基层工会 the tree did not have yet.
    { unitName: '滨江智能制造产业园联合工会', unitCode: 'JH-BJ-004', parent: '滨江街道总工会', kind: '基层工会' },
    { unitName: '临港冷链物流有限公司工会', unitCode: 'JH-LG-004', parent: '临港镇总工会', kind: '' },
  ],
  users: [
    ...people('JH-BJ-004', 0, 10),
    ...people('JH-LG-004', 10, 8),
    ...people('JH-BJ-002', 18, 6),
    // Each new unit's own cadre (工会主席).
    { name: '袁志刚', phone: '13800001901', unit: 'JH-BJ-004', roles: '工会干部', username: 'yuan.zhigang' },
    { name: '蒋丽华', phone: '13800001902', unit: 'JH-LG-004', roles: '工会干部、职工', username: 'jiang.lihua' },
  ],
};

/** `count` workers of a unit, with the demo's phones 138 0000 1001… */
function people(unit: string, from: number, count: number): RosterContent['users'] {
  return Array.from({ length: count }, (_, i) => {
    const n = from + i;
    return {
      name: `${SURNAMES[n % SURNAMES.length]}${GIVEN[(n * 7) % GIVEN.length]}${n >= SURNAMES.length ? GIVEN[n % GIVEN.length] : ''}`,
      phone: `1380000${String(1001 + n)}`,
      unit,
      roles: '职工',
      username: '',
    };
  });
}

/** Imports the demo roster as the demo admin; answers how many people it added. */
export async function seedDemoRoster(manager: EntityManager, admin: { id: string; unitPath: string }, password: string): Promise<number> {
  const rows = await readRosterWorkbook(await writeRosterWorkbook(DEMO_ROSTER, false));
  const result = await importRoster(
    manager,
    rows,
    { actorId: admin.id, scopeRoots: [admin.unitPath] },
    {
      dryRun: false,
      // The one-time passwords are replaced just below: their key does not matter.
      secret: 'demo-roster',
      record: async (entry, m) => {
        await m.query(`INSERT INTO audit_log (actor_id, action, entity_type, entity_id, before, after) VALUES ($1, $2, $3, $4, $5, $6)`, [
          entry.actorId,
          entry.action,
          entry.entityType,
          entry.entityId ?? null,
          entry.before === undefined ? null : JSON.stringify(entry.before),
          entry.after === undefined ? null : JSON.stringify(entry.after),
        ]);
      },
    },
  );
  const phones = result.credentials.map((credential) => credential.phone);
  await manager.query(`UPDATE app_user SET password_hash = $2 WHERE phone = ANY($1::text[]) AND must_change_password`, [phones, await hashPassword(password)]);
  return phones.length;
}
