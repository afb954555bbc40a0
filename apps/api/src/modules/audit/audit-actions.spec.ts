// Every audit entry the API can write has its words: each action code and kind of object written anywhere in the API's
// source (`action: 'unit.rename'`, `entityType: 'org_unit'` beside it) is in libs/workflow's catalogue. AuditService's
// types say so for direct calls; this reads the source, so an entry handed over through another function is held too.
import { AUDIT_ACTIONS, AUDIT_ACTION_LABELS, AUDIT_ENTITY_TYPES, AUDIT_ENTITY_TYPE_LABELS, isAuditAction, isAuditEntityType } from '@banshishi/workflow';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const SOURCE = join(__dirname, '../..');

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.includes('.spec.') ? [path] : [];
  });
}

/** `action: 'a.b'` (a dotted code: workflow actions have none) and the `entityType: '…'` written in the same object. */
function written(): { file: string; action: string; entityType?: string }[] {
  return sourceFiles(SOURCE).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(/action:\s*(?:[^,}]*\?\s*)?'([a-z_]+(?:\.[a-z_]+)+)'(?:\s*:\s*'([a-z_]+(?:\.[a-z_]+)+)')?/g)].flatMap((match) => {
      const entityType = /entityType:\s*'([a-z_]+)'/.exec(text.slice(match.index, match.index + 300))?.[1];
      const where = relative(SOURCE, file);
      return [match[1], match[2]].filter((action): action is string => Boolean(action)).map((action) => ({ file: where, action, entityType }));
    });
  });
}

describe('the audit catalogue', () => {
  it('finds the entries the API writes (the scan itself works)', () => {
    const actions = new Set(written().map((entry) => entry.action));
    for (const known of ['auth.login', 'category.update', 'request.exclusion.set', 'request.exclusion.lift']) expect(actions.has(known)).toBe(true);
  });

  it('has words for every action code and every kind of object the API writes', () => {
    const missing = written().flatMap(({ file, action, entityType }) => [
      ...(isAuditAction(action) ? [] : [`${file}: action ${action}`]),
      ...(entityType === undefined || isAuditEntityType(entityType) ? [] : [`${file}: entityType ${entityType}`]),
    ]);
    expect(missing).toEqual([]);
  });

  it('says each in both languages: Chinese words and English words, never the code', () => {
    const labels = [
      ...AUDIT_ACTIONS.map((action) => [action, AUDIT_ACTION_LABELS[action]] as const),
      ...AUDIT_ENTITY_TYPES.map((type) => [type, AUDIT_ENTITY_TYPE_LABELS[type]] as const),
    ];
    for (const [code, label] of labels) {
      expect({ code, zh: /\p{Script=Han}/u.test(label.zh), en: /^[A-Z]/.test(label.en) && !label.en.includes(code) }).toEqual({ code, zh: true, en: true });
    }
  });
});
