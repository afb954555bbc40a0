import type { RosterProblemReason } from '@banshishi/contracts';
import { parseKind, parseRoles, planRoster, type ExistingUnit, type ExistingUser, type RosterSnapshot, type UnitRowInput, type UserRowInput } from './roster-plan';

// 区 → 街道 (town1), 镇 (town2) → 机械 (machinery, code JX01) under town1; a second 机械 under town2 (same name).
const U = (id: string, parent: string | null, name: string, kind: ExistingUnit['kind'], path: string, code: string | null = null): ExistingUnit => ({
  id,
  parentId: parent,
  name,
  kind,
  code,
  path,
});
const UNITS: ExistingUnit[] = [
  U('d', null, '江海区总工会', 'district', '/d/'),
  U('t1', 'd', '滨江街道总工会', 'town', '/d/t1/'),
  U('t2', 'd', '临港镇总工会', 'town', '/d/t2/'),
  U('m1', 't1', '机械公司工会', 'grassroots', '/d/t1/m1/', 'JX01'),
  U('m2', 't2', '机械公司工会', 'grassroots', '/d/t2/m2/'),
];
const WANG: ExistingUser = { id: 'u1', username: 'wang', displayName: '王建国', phone: '13800000001', grants: [{ role: 'worker', unitId: 'm1', unitPath: '/d/t1/m1/' }] };
const OUTSIDER: ExistingUser = { id: 'u2', username: 'chen', displayName: '陈涛', phone: '13800000002', grants: [{ role: 'cadre', unitId: 't2', unitPath: '/d/t2/' }] };

function snapshot(extra: Partial<RosterSnapshot> = {}): RosterSnapshot {
  return { units: UNITS, usersByPhone: new Map([WANG, OUTSIDER].map((user) => [user.phone, user])), usernames: new Map([['taken.name', 'u9']]), ...extra };
}

let row = 1;
const unit = (cells: Partial<UnitRowInput>): UnitRowInput => ({ row: ++row, unitName: '', unitCode: '', parent: '', kind: '', ...cells });
const user = (cells: Partial<UserRowInput>): UserRowInput => ({ row: ++row, name: '', phone: '', unit: '', roles: '', username: '', ...cells });
beforeEach(() => {
  row = 1;
});

const reasons = (plan: ReturnType<typeof planRoster>) => plan.problems.map((p) => [p.sheet, p.row, p.column, p.reason]);
/** The admin of 街道 (town1) only. */
const TOWN1 = ['/d/t1/'];
const DISTRICT = ['/d/'];

describe('parsing cells', () => {
  it.each([
    ['职工', ['worker']],
    ['工会干部、领导', ['cadre', 'leader']],
    ['领导，职工', ['worker', 'leader']],
    ['Admin / worker', ['worker', 'admin']],
    ['职工 职工', ['worker']],
    ['会长', null],
    ['职工、', ['worker']],
  ])('roles %j → %j', (text, roles) => expect(parseRoles(text)).toEqual(roles));

  it.each([
    ['基层工会', 'grassroots'],
    ['镇/街道工会', 'town'],
    ['街道 工会', 'town'],
    ['TOWN', 'town'],
    ['区总工会', 'district'],
    ['车间', null],
  ])('kind %j → %j', (text, kind) => expect(parseKind(text)).toBe(kind));
});

describe('units', () => {
  it('creates a unit under a parent named by name or code, the kind following the parent, in any row order', () => {
    const plan = planRoster(
      [
        unit({ unitName: '装配车间工会', parent: '高新区街道工会' }),
        unit({ unitName: '高新区街道工会', unitCode: 'GX-9', parent: '江海区总工会', kind: '镇/街道工会' }),
        unit({ unitName: '机械二分厂工会', parent: 'JX01' }),
      ],
      [],
      snapshot(),
      DISTRICT,
    );
    // A 基层工会 (JX01) has no units under it.
    expect(reasons(plan)).toEqual([['units', 4, 'kind', 'kind_not_allowed']]);
    expect(plan.units.create.map((u) => [u.name, u.kind])).toEqual([
      ['高新区街道工会', 'town'],
      ['装配车间工会', 'grassroots'],
    ]);
    row = 1;
    const again = planRoster(
      [unit({ unitName: '新港社区工会', parent: '临港镇总工会' }), unit({ unitName: '精工集团工会', unitCode: 'JG-9', parent: '滨江街道总工会' })],
      [],
      snapshot(),
      DISTRICT,
    );
    expect(again.problems).toEqual([]);
    expect(again.units.create.map((u) => [u.name, u.parentId, u.kind, u.code])).toEqual([
      ['新港社区工会', 't2', 'grassroots', null],
      ['精工集团工会', 't1', 'grassroots', 'JG-9'],
    ]);
    expect(again.units.create[0].path).toMatch(/^\/d\/t2\/[0-9a-f-]{36}\/$/);
  });

  it('places a row under a unit that a later row creates', () => {
    const plan = planRoster(
      [unit({ unitName: '港务公司工会', parent: '新港街道工会' }), unit({ unitName: '新港街道工会', parent: '江海区总工会', kind: '镇/街道工会' })],
      [],
      snapshot(),
      DISTRICT,
    );
    expect(plan.problems).toEqual([]);
    const byName = new Map(plan.units.create.map((u) => [u.name, u]));
    const [port, town] = [byName.get('港务公司工会'), byName.get('新港街道工会')].map((u) => u as (typeof plan.units.create)[number]);
    expect(port.parentId).toBe(town.id);
    expect(port.path.startsWith(town.path)).toBe(true);
  });

  it('matches what is there: the same row changes nothing, a new name or code updates', () => {
    const same = planRoster(
      [unit({ unitName: '机械公司工会', unitCode: 'JX01', parent: '滨江街道总工会', kind: '基层工会' }), unit({ unitName: '江海区总工会' })],
      [],
      snapshot(),
      DISTRICT,
    );
    expect(same.problems).toEqual([]);
    expect(same.units).toMatchObject({ create: [], update: [], unchanged: 2 });

    const renamed = planRoster(
      [unit({ unitName: '精密机械公司工会', unitCode: 'JX01', parent: '滨江街道总工会' }), unit({ unitName: '机械公司工会', unitCode: 'LG-2', parent: '临港镇总工会' })],
      [],
      snapshot(),
      DISTRICT,
    );
    expect(renamed.problems).toEqual([]);
    expect(renamed.units.update.map((u) => [u.id, u.name, u.code])).toEqual([
      ['m1', '精密机械公司工会', 'JX01'],
      ['m2', '机械公司工会', 'LG-2'],
    ]);
  });

  it.each<[string, Partial<UnitRowInput>[], [string, number, string | null, RosterProblemReason][]]>([
    ['an empty name', [{ parent: '滨江街道总工会' }], [['units', 2, 'unitName', 'missing_value']]],
    ['a name of two lines', [{ unitName: '一\n二', parent: '滨江街道总工会' }], [['units', 2, 'unitName', 'bad_text']]],
    ['a name too long', [{ unitName: '工'.repeat(101), parent: '滨江街道总工会' }], [['units', 2, 'unitName', 'bad_text']]],
    ['an unknown parent', [{ unitName: '甲', parent: '不存在的工会' }], [['units', 2, 'parent', 'unknown_unit']]],
    ['a parent two units share', [{ unitName: '甲', parent: '机械公司工会' }], [['units', 2, 'parent', 'ambiguous_unit']]],
    ['no parent for a new unit', [{ unitName: '甲' }], [['units', 2, 'parent', 'missing_parent']]],
    ['a bad kind', [{ unitName: '甲', parent: '滨江街道总工会', kind: '车间' }], [['units', 2, 'kind', 'bad_kind']]],
    ['a town under a town', [{ unitName: '甲', parent: '滨江街道总工会', kind: '镇/街道工会' }], [['units', 2, 'kind', 'kind_not_allowed']]],
    ['a unit under a 基层工会', [{ unitName: '甲', parent: 'JX01' }], [['units', 2, 'kind', 'kind_not_allowed']]],
    ['a bad code', [{ unitName: '甲', unitCode: 'JX 01', parent: '滨江街道总工会' }], [['units', 2, 'unitCode', 'bad_code']]],
    ['a code of another unit', [{ unitName: '机械公司工会', unitCode: 'JX01', parent: '临港镇总工会' }], [['units', 2, 'unitCode', 'code_taken']]],
    ['a code of a unit elsewhere (a move)', [{ unitName: '甲', unitCode: 'JX01', parent: '临港镇总工会' }], [['units', 2, 'parent', 'unit_moved']]],
    [
      'the same unit twice',
      [
        { unitName: '甲', parent: '滨江街道总工会' },
        { unitName: '甲', parent: '滨江街道总工会' },
      ],
      [['units', 3, 'unitName', 'duplicate_unit']],
    ],
    [
      'the same code twice',
      [
        { unitName: '甲', unitCode: 'A1', parent: '滨江街道总工会' },
        { unitName: '乙', unitCode: 'A1', parent: '滨江街道总工会' },
      ],
      [['units', 3, 'unitCode', 'duplicate_unit']],
    ],
    [
      'parents that name each other',
      [
        { unitName: '甲', parent: '乙' },
        { unitName: '乙', parent: '甲' },
      ],
      [
        ['units', 2, 'parent', 'unknown_unit'],
        ['units', 3, 'parent', 'unknown_unit'],
      ],
    ],
  ])('refuses %s', (_name, rows, expected) => {
    expect(reasons(planRoster(rows.map(unit), [], snapshot(), DISTRICT))).toEqual(expected);
  });

  it('keeps a town admin to their subtree', () => {
    const plan = planRoster(
      [unit({ unitName: '甲', parent: '临港镇总工会' }), unit({ unitName: '乙', parent: '滨江街道总工会' }), unit({ unitName: '丙', parent: '机械公司工会' })],
      [],
      snapshot(),
      TOWN1,
    );
    // 机械公司工会 exists in both towns: the town admin's own is the one meant.
    expect(reasons(plan)).toEqual([
      ['units', 2, 'parent', 'unit_out_of_scope'],
      ['units', 4, 'kind', 'kind_not_allowed'],
    ]);
  });
});

describe('people', () => {
  it('creates new people (username from the phone unless given) and matches existing ones by phone', () => {
    const plan = planRoster(
      [],
      [
        user({ name: '张三', phone: '+86 139 0000 0001', unit: 'JX01', roles: '职工' }),
        user({ name: '李四', phone: '13900000002', unit: '滨江街道总工会', roles: '工会干部、领导', username: 'Li.Si' }),
        user({ name: '王建国', phone: '13800000001', unit: '机械公司工会', roles: '职工' }),
        user({ name: '王建国（焊工）', phone: '13800000001', unit: '机械公司工会', roles: '职工' }),
      ],
      snapshot(),
      TOWN1,
    );
    expect(reasons(plan)).toEqual([['users', 5, 'phone', 'duplicate_phone']]);
    row = 1;
    const ok = planRoster(
      [],
      [
        user({ name: '张三', phone: '+86 139 0000 0001', unit: 'JX01', roles: '职工' }),
        user({ name: '李四', phone: '13900000002', unit: '滨江街道总工会', roles: '工会干部、领导', username: 'Li.Si' }),
        user({ name: '王建国', phone: '13800000001', unit: '机械公司工会', roles: '职工' }),
      ],
      snapshot(),
      TOWN1,
    );
    expect(ok.problems).toEqual([]);
    expect(ok.users.create).toEqual([
      { row: 2, username: '13900000001', displayName: '张三', phone: '13900000001', grants: [{ role: 'worker', unitId: 'm1' }] },
      {
        row: 3,
        username: 'li.si',
        displayName: '李四',
        phone: '13900000002',
        grants: [
          { role: 'cadre', unitId: 't1' },
          { role: 'leader', unitId: 't1' },
        ],
      },
    ]);
    expect(ok.users).toMatchObject({ update: [], unchanged: 1 });
  });

  it('updates a changed name or unit or role, and sets the grants to exactly the row', () => {
    const plan = planRoster([], [user({ name: '王建国', phone: '13800000001', unit: '滨江街道总工会', roles: '职工、工会干部' })], snapshot(), DISTRICT);
    expect(plan.users.update).toEqual([
      {
        row: 2,
        id: 'u1',
        displayName: '王建国',
        grants: [
          { role: 'worker', unitId: 't1' },
          { role: 'cadre', unitId: 't1' },
        ],
        before: { displayName: '王建国', grants: [{ role: 'worker', unitId: 'm1' }] },
      },
    ]);
  });

  it('finds a unit a row of the 单位 sheet creates', () => {
    const plan = planRoster(
      [unit({ unitName: '港务公司工会', parent: '临港镇总工会' })],
      [user({ name: '周五', phone: '13900000005', unit: '港务公司工会', roles: '职工' })],
      snapshot(),
      DISTRICT,
    );
    expect(plan.problems).toEqual([]);
    expect(plan.users.create[0].grants).toEqual([{ role: 'worker', unitId: plan.units.create[0].id }]);
  });

  it.each<[string, Partial<UserRowInput>, [string | null, RosterProblemReason][]]>([
    ['a missing name', { phone: '13900000001', unit: 'JX01', roles: '职工' }, [['name', 'missing_value']]],
    ['a name of two lines', { name: '张\n三', phone: '13900000001', unit: 'JX01', roles: '职工' }, [['name', 'bad_text']]],
    ['a missing phone', { name: '张三', unit: 'JX01', roles: '职工' }, [['phone', 'missing_value']]],
    ['a landline', { name: '张三', phone: '010-62345678', unit: 'JX01', roles: '职工' }, [['phone', 'bad_phone']]],
    ['a phone of an account outside the scope', { name: '陈涛', phone: '13800000002', unit: 'JX01', roles: '职工' }, [['phone', 'phone_taken']]],
    ['a missing role', { name: '张三', phone: '13900000001', unit: 'JX01' }, [['roles', 'missing_value']]],
    ['a bad role', { name: '张三', phone: '13900000001', unit: 'JX01', roles: '会长' }, [['roles', 'bad_role']]],
    ['a missing unit', { name: '张三', phone: '13900000001', roles: '职工' }, [['unit', 'missing_value']]],
    ['an unknown unit', { name: '张三', phone: '13900000001', unit: '不存在的工会', roles: '职工' }, [['unit', 'unknown_unit']]],
    ['a unit outside the scope', { name: '张三', phone: '13900000001', unit: '临港镇总工会', roles: '职工' }, [['unit', 'unit_out_of_scope']]],
    ['a bad username', { name: '张三', phone: '13900000001', unit: 'JX01', roles: '职工', username: '张三' }, [['username', 'bad_username']]],
    ['a taken username', { name: '张三', phone: '13900000001', unit: 'JX01', roles: '职工', username: 'taken.name' }, [['username', 'username_taken']]],
  ])('refuses %s', (_name, cells, expected) => {
    expect(reasons(planRoster([], [user(cells)], snapshot(), TOWN1))).toEqual(expected.map(([column, reason]) => ['users', 2, column, reason]));
  });

  it('refuses a unit two units share by name unless the scope tells them apart', () => {
    const cells = { name: '张三', phone: '13900000001', unit: '机械公司工会', roles: '职工' };
    expect(reasons(planRoster([], [user(cells)], snapshot(), DISTRICT))).toEqual([['users', 2, 'unit', 'ambiguous_unit']]);
    expect(planRoster([], [user(cells)], snapshot(), TOWN1).problems).toEqual([]);
  });
});

describe('codes given in the same sheet', () => {
  it('lets rows name a parent by the code another row gives an existing unit', () => {
    const plan = planRoster(
      [unit({ unitName: '新工会', parent: 'BJ' }), unit({ unitName: '滨江街道总工会', unitCode: 'BJ', parent: '江海区总工会' })],
      [user({ name: '张三', phone: '13900000001', unit: 'BJ', roles: '职工' })],
      snapshot(),
      DISTRICT,
    );
    expect(plan.problems).toEqual([]);
    expect(plan.units.create.map((u) => [u.name, u.parentId])).toEqual([['新工会', 't1']]);
    expect(plan.units.update.map((u) => [u.id, u.code])).toEqual([['t1', 'BJ']]);
    expect(plan.users.create[0].grants).toEqual([{ role: 'worker', unitId: 't1' }]);
  });
});
