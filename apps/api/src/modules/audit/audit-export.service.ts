// The audit log as Excel: the entries the page's filters select, newest first, in words in the reader's language —
// who by name, the action and the kind of object by their labels, the object by its name — at China time, through
// the exports' one table writer (platform/xlsx: typed cells, widths, frozen and filterable header).
import { Injectable } from '@nestjs/common';
import type { AuditEntry } from '@banshishi/contracts';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_TYPE_LABELS, isAuditAction, isAuditEntityType, type Label } from '@banshishi/workflow';
import ExcelJS from 'exceljs';
import type { ExportLanguage } from '../../platform/xlsx/export-language';
import { addTableSheet, type XlsxColumn } from '../../platform/xlsx/xlsx-table';
import { AuditRepository } from './audit.repository';
import { AuditService, auditFilter } from './audit.service';
import type { AuditFilterQuery } from './list-audit.query';

/** More than an office reads at once; the sheet says so when the filters select more. */
export const MAX_EXPORTED_ENTRIES = 20_000;

const TEXT = {
  sheet: { zh: '审计日志', en: 'Audit log' },
  at: { zh: '时间', en: 'Time (China)' },
  actor: { zh: '操作人', en: 'Who' },
  username: { zh: '账号', en: 'Username' },
  action: { zh: '操作', en: 'Action' },
  entityType: { zh: '对象类型', en: 'Object type' },
  entity: { zh: '对象', en: 'Object' },
  entityId: { zh: '对象 ID', en: 'Object id' },
  before: { zh: '变更前', en: 'Before' },
  after: { zh: '变更后', en: 'After' },
  code: { zh: '操作代码', en: 'Action code' },
  system: { zh: '系统', en: 'System' },
  unknownPerson: { zh: '未知账号', en: 'Unknown account' },
  filters: { zh: '筛选条件', en: 'Filters' },
  none: { zh: '无（全部记录）', en: 'none (every entry)' },
  dates: { zh: '日期', en: 'Days' },
  through: { zh: '至', en: 'to' },
  truncated: {
    zh: `符合条件的记录超过 ${MAX_EXPORTED_ENTRIES} 条，只导出了最新的 ${MAX_EXPORTED_ENTRIES} 条；请缩小日期范围或增加筛选条件。`,
    en: `More than ${MAX_EXPORTED_ENTRIES} entries match: only the newest ${MAX_EXPORTED_ENTRIES} are here; narrow the days or add a filter.`,
  },
} as const satisfies Record<string, Label>;

function json(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

@Injectable()
export class AuditExportService {
  constructor(
    private readonly audit: AuditService,
    private readonly repository: AuditRepository,
  ) {}

  async workbook(query: AuditFilterQuery, language: ExportLanguage): Promise<Buffer> {
    const say = (label: Label) => label[language];
    const page = await this.audit.list(auditFilter(query), { limit: MAX_EXPORTED_ENTRIES });
    const title = [`${say(TEXT.filters)}${language === 'en' ? ': ' : '：'}${(await this.describe(query, language)) || say(TEXT.none)}`];
    if (page.nextCursor) title.push(say(TEXT.truncated));
    const columns: XlsxColumn<AuditEntry>[] = [
      { header: say(TEXT.at), value: (entry) => entry.at, kind: 'datetime' },
      { header: say(TEXT.actor), value: (entry) => entry.actorName ?? (entry.actorId ? entry.actorId : say(entry.action.startsWith('auth.') ? TEXT.unknownPerson : TEXT.system)) },
      { header: say(TEXT.username), value: (entry) => entry.actorUsername },
      { header: say(TEXT.action), value: (entry) => (isAuditAction(entry.action) ? say(AUDIT_ACTION_LABELS[entry.action]) : entry.action) },
      { header: say(TEXT.entityType), value: (entry) => (isAuditEntityType(entry.entityType) ? say(AUDIT_ENTITY_TYPE_LABELS[entry.entityType]) : entry.entityType) },
      { header: say(TEXT.entity), value: (entry) => (language === 'en' ? (entry.entityNameEn ?? entry.entityName) : entry.entityName) },
      { header: say(TEXT.entityId), value: (entry) => entry.entityId },
      { header: say(TEXT.before), value: (entry) => json(entry.before) },
      { header: say(TEXT.after), value: (entry) => json(entry.after) },
      { header: say(TEXT.code), value: (entry) => entry.action },
    ];
    const book = new ExcelJS.Workbook();
    addTableSheet(book, say(TEXT.sheet), columns, page.items, title);
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  /** The filters in words: 操作人：张三（zhangsan）；操作：登录、退出登录；日期：2026-11-01 至 2026-11-30. */
  private async describe(query: AuditFilterQuery, language: ExportLanguage): Promise<string> {
    const say = (label: Label) => label[language];
    const [colon, listSeparator, partSeparator, open, close] = language === 'en' ? [': ', ', ', '; ', ' (', ')'] : ['：', '、', '；', '（', '）'];
    const parts: [Label, string][] = [];
    if (query.actorId) {
      const person = await this.repository.person(query.actorId);
      parts.push([TEXT.actor, person ? `${person.displayName}${open}${person.username}${close}` : query.actorId]);
    }
    if (query.action?.length) parts.push([TEXT.action, query.action.map((action) => say(AUDIT_ACTION_LABELS[action])).join(listSeparator)]);
    if (query.entityType) parts.push([TEXT.entityType, say(AUDIT_ENTITY_TYPE_LABELS[query.entityType])]);
    if (query.entityId) parts.push([TEXT.entityId, query.entityId]);
    if (query.object?.trim()) parts.push([TEXT.entity, query.object.trim()]);
    if (query.from || query.to) parts.push([TEXT.dates, `${query.from ?? '…'} ${say(TEXT.through)} ${query.to ?? '…'}`]);
    return parts.map(([name, value]) => `${say(name)}${colon}${value}`).join(partSeparator);
  }
}
