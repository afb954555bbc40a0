// What the audit log records, in words: every action code an entry may carry and the kinds of object it names, with
// their display names, so the log page, its filters and its Excel export say "张三 修改了分类「欠薪讨薪」" rather than
// `category.update`. AuditService.record takes only these codes: a new kind of entry is added here first.
import type { Label } from '../label';

export const AUDIT_ACTION_LABELS = {
  'auth.login': { zh: '登录', en: 'Signed in' },
  'auth.logout': { zh: '退出登录', en: 'Signed out' },
  'auth.login_failed': { zh: '登录失败', en: 'Failed sign-in' },
  'auth.login_refused_disabled': { zh: '已停用账号尝试登录', en: 'Sign-in refused: account disabled' },
  'auth.permission_denied': { zh: '无权限的操作被拒绝', en: 'Refused: no permission' },
  'auth.password_change': { zh: '修改密码', en: 'Changed their password' },
  'user.create': { zh: '新建账号', en: 'Created an account' },
  'user.update': { zh: '修改账号', en: 'Changed an account' },
  'user.reset_password': { zh: '重置密码', en: 'Reset a password' },
  'unit.create': { zh: '新建单位', en: 'Created a unit' },
  'unit.rename': { zh: '重命名单位', en: 'Renamed a unit' },
  'unit.rotate_entry_token': { zh: '更换扫码入口码', en: "Replaced a unit's QR entry code" },
  'category.create': { zh: '新增诉求分类', en: 'Created a category' },
  'category.update': { zh: '修改诉求分类', en: 'Changed a category' },
  'calendar.put': { zh: '设置节假日或调休', en: 'Set a holiday or make-up day' },
  'calendar.delete': { zh: '删除节假日或调休', en: 'Removed a holiday or make-up day' },
  'evaluation.settings.update': { zh: '修改评估设置', en: 'Changed the evaluation settings' },
  'request.contact_reveal': { zh: '查看联系方式', en: 'Revealed a contact' },
  'request.exclusion.set': { zh: '认定为不合理诉求', en: 'Excluded a request as unreasonable' },
  'request.exclusion.lift': { zh: '撤销不合理诉求认定', en: 'Lifted an exclusion' },
  'request.claim_in_person': { zh: '认领代为登记的诉求', en: 'Claimed requests taken in person' },
  'roster.import': { zh: '导入单位和人员名册', en: 'Imported the roster' },
} as const satisfies Record<string, Label>;

export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;
export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS) as AuditAction[];

/** The kinds of object an entry is about (`entity_type`). */
export const AUDIT_ENTITY_TYPE_LABELS = {
  user: { zh: '账号', en: 'Account' },
  org_unit: { zh: '单位', en: 'Unit' },
  category: { zh: '诉求分类', en: 'Category' },
  request: { zh: '诉求', en: 'Request' },
  calendar_day: { zh: '工作日历', en: 'Calendar day' },
  app_setting: { zh: '设置', en: 'Setting' },
  route: { zh: '接口', en: 'Page or action' },
  roster: { zh: '名册', en: 'Roster' },
} as const satisfies Record<string, Label>;

export type AuditEntityType = keyof typeof AUDIT_ENTITY_TYPE_LABELS;
export const AUDIT_ENTITY_TYPES = Object.keys(AUDIT_ENTITY_TYPE_LABELS) as AuditEntityType[];

export function isAuditAction(value: string): value is AuditAction {
  return Object.prototype.hasOwnProperty.call(AUDIT_ACTION_LABELS, value);
}

export function isAuditEntityType(value: string): value is AuditEntityType {
  return Object.prototype.hasOwnProperty.call(AUDIT_ENTITY_TYPE_LABELS, value);
}
