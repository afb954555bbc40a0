// Every string a user reads comes from the locale files: each key the code uses exists in both languages, and no
// component carries its own words. The code is read with the TypeScript parser, so comments (which may be Chinese)
// never count.
import { DEFAULT_FIGURE_SETTINGS, PASSWORD_RULES, REQUEST_CHANNELS, REQUEST_STATUSES, projectWorkflow, requestWorkflow, type Standing } from '@banshishi/workflow';
import type { DashboardFigure, FigurePart, NotificationKind, RoleName, RosterColumn, RosterProblemReason, RosterSheet, UnitKind } from '@banshishi/contracts';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import en from './en.json';
import zhCN from './zh-CN.json';

type Tree = { [key: string]: string | Tree };
const SOURCE_ROOT = join(__dirname, '..');

/** Lists a union type's members once, and tsc fails the typecheck when one is missing. */
function keysOf<T extends string>(all: Record<T, true>): T[] {
  return Object.keys(all) as T[];
}

/**
 * The keys behind every key built at run time, by its template (`${…}` written as `{}`). A template missing here fails
 * the scan: say which values it takes. Keys with a `defaultValue` need no entry: they have their own fallback.
 */
const TEMPLATE_VALUES: Record<string, readonly (readonly string[])[]> = {
  'actionField.{}': [[...Object.values(requestWorkflow.actions), ...Object.values(projectWorkflow.actions)].flatMap((rule) => rule.input.fields.map((field) => field.name))],
  'calendar.kinds.{}': [['holiday', 'workday']],
  'errors.code.{}': [
    [
      'VALIDATION_FAILED',
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'PASSWORD_CHANGE_REQUIRED',
      'NOT_FOUND',
      'STALE_VERSION',
      'CONFLICT',
      'PAYLOAD_TOO_LARGE',
      'INVALID_TRANSITION',
      'UNPROCESSABLE',
      'RATE_LIMITED',
      'ACCOUNT_LOCKED',
      'INTERNAL',
    ],
  ],
  'evaluation.answer.outcome.{}.text': [['closed', 'reopened', 'escalated', 'recorded']],
  'evaluation.answer.outcome.{}.title': [['closed', 'reopened', 'escalated', 'recorded']],
  'evaluation.figure.{}': [
    keysOf<DashboardFigure>({
      responseRate: true,
      onTimeResolutionRate: true,
      resolutionRate: true,
      partlyRate: true,
      satisfactionRate: true,
      satisfiedOnlyRate: true,
      participationRate: true,
      overdueRate: true,
      reopenRate: true,
      medianResponseHours: true,
      medianResolveHours: true,
      backlog: true,
    }),
  ],
  'evaluation.part.{}': [keysOf<FigurePart>({ numerator: true, denominator: true })],
  'evaluation.settings.invalid.{}': [Object.keys(DEFAULT_FIGURE_SETTINGS)],
  'evaluation.settings.weight.{}': [Object.keys(DEFAULT_FIGURE_SETTINGS.weights)],
  'evaluation.standing.{}': [keysOf<Standing>({ ranked: true, insufficient_sample: true, no_score: true })],
  'home.audience.{}.text': [['worker', 'cadre', 'leader']],
  'home.audience.{}.title': [['worker', 'cadre', 'leader']],
  'inPerson.channel.{}': [REQUEST_CHANNELS],
  'intake.attachments.{}Named': [['tooBig', 'wrongType']],
  'language.{}': [['zh-CN', 'en']],
  'notifications.kind.{}': [
    keysOf<NotificationKind>({ assigned: true, warning: true, overdue: true, escalation: true, supervised: true, progress: true, answer_requested: true, request_reopened: true }),
  ],
  // the required fields of project-form.tsx
  'projects.field.{}': [['title', 'goal', 'plan', 'ownerUnitId', 'ownerUserId', 'deadline', 'expectedBeneficiaries']],
  'password.rules.{}': [PASSWORD_RULES],
  'requestStatus.{}.label': [REQUEST_STATUSES],
  'requestStatus.{}.text': [REQUEST_STATUSES],
  'role.{}': [keysOf<RoleName>({ worker: true, cadre: true, leader: true, admin: true })],
  'roster.columns.{}': [keysOf<RosterColumn>({ unitName: true, unitCode: true, parent: true, kind: true, name: true, phone: true, unit: true, roles: true, username: true })],
  'roster.reasons.{}': [
    keysOf<RosterProblemReason>({
      not_a_workbook: true,
      no_sheets: true,
      missing_column: true,
      too_many_rows: true,
      missing_value: true,
      bad_text: true,
      bad_phone: true,
      duplicate_phone: true,
      phone_taken: true,
      bad_role: true,
      bad_username: true,
      username_taken: true,
      unknown_unit: true,
      ambiguous_unit: true,
      unit_out_of_scope: true,
      bad_kind: true,
      kind_not_allowed: true,
      bad_code: true,
      code_taken: true,
      duplicate_unit: true,
      unit_moved: true,
      missing_parent: true,
    }),
  ],
  'roster.sheets.{}': [keysOf<RosterSheet>({ units: true, users: true })],
  'stage.{}.summary': [['intake', 'triage', 'implementation', 'evaluation']],
  'stage.{}.title': [['intake', 'triage', 'implementation', 'evaluation']],
  'triage.bulk.outcome.{}': [['ok', 'stale', 'notAllowed', 'notFound', 'failed']],
  'triage.due.{}': [['overdue', 'dueSoon', 'running']],
  'triage.filter.{}': [['all', 'anonymous', 'named']],
  'unitKind.{}': [keysOf<UnitKind>({ district: true, town: true, grassroots: true })],
};

/** Props and object properties whose string value a user reads (or hears, for aria-label). */
const VISIBLE_PROPS = new Set([
  'title',
  'placeholder',
  'aria-label',
  'label',
  'message',
  'description',
  'tooltip',
  'tip',
  'alt',
  'okText',
  'cancelText',
  'subTitle',
  'content',
  'extra',
  'addonBefore',
  'addonAfter',
  'children',
]);
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;
const ENGLISH_WORD = /[A-Za-z]{2,}/;

function flatKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : flatKeys(value, `${prefix}${key}.`)));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.spec\.ts$/.test(entry.name) ? [path] : [];
  });
}

function parse(path: string): ts.SourceFile {
  return ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

function where(node: ts.Node): string {
  const file = node.getSourceFile();
  return `${relative(SOURCE_ROOT, file.fileName)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
}

/** `a.${x}.b` → `a.{}.b` */
function templateOf(node: ts.TemplateExpression): string {
  return node.head.text + node.templateSpans.map((span) => `{}${span.literal.text}`).join('');
}

/** t(key, { defaultValue }) falls back by itself. */
function hasDefault(node: ts.Node): boolean {
  const call = node.parent;
  if (!ts.isCallExpression(call) || call.arguments[0] !== node) return false;
  const options = call.arguments[1];
  return !!options && ts.isObjectLiteralExpression(options) && options.properties.some((p) => p.name?.getText() === 'defaultValue');
}

/** The key argument of t(…), or one branch of it: t(locked ? 'a.b' : 'a.c'). */
function isTArgument(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isConditionalExpression(parent) && parent.condition !== node) return isTArgument(parent);
  if (ts.isParenthesizedExpression(parent)) return isTArgument(parent);
  return ts.isCallExpression(parent) && parent.arguments[0] === node && parent.expression.getText().replace(/^i18n\./, '') === 't';
}

export interface KeyUse {
  key: string;
  at: string;
}

/** Keys the code names: key-shaped strings (t('a.b'), key tables) and run-time templates expanded by TEMPLATE_VALUES. */
export function usedKeys(files: readonly ts.SourceFile[], namespaces: readonly string[]): { keys: KeyUse[]; unknownTemplates: string[] } {
  const keyShaped = new RegExp(`^(${namespaces.join('|')})\\.[\\w.-]+$`);
  const keys: KeyUse[] = [];
  const unknownTemplates: string[] = [];
  for (const file of files) {
    walk(file, (node) => {
      if (ts.isStringLiteralLike(node) && (keyShaped.test(node.text) || isTArgument(node))) keys.push({ key: node.text, at: where(node) });
      if (!ts.isTemplateExpression(node) || hasDefault(node)) return;
      const template = templateOf(node);
      if (!isTArgument(node) && !keyShaped.test(template.replace(/\{\}/g, 'x'))) return;
      const values = TEMPLATE_VALUES[template];
      if (!values) {
        unknownTemplates.push(`${where(node)} ${template}`);
        return;
      }
      const expand = (parts: string[], sets: readonly (readonly string[])[]): string[] =>
        sets.length
          ? sets[0].flatMap((value) =>
              expand(
                parts.map((part) => part.replace('{}', value)),
                sets.slice(1),
              ),
            )
          : parts;
      for (const key of expand([template], values)) keys.push({ key, at: where(node) });
    });
  }
  return { keys, unknownTemplates };
}

/** Words in the code a user would read: any CJK string, and English in JSX text or in a visible prop. */
export function hardCodedText(files: readonly ts.SourceFile[], isKey: (text: string) => boolean): string[] {
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => found.push(`${where(node)} ${JSON.stringify(text.trim())}`);
  for (const file of files) {
    walk(file, (node) => {
      if (ts.isJsxText(node)) {
        if (CJK.test(node.text) || ENGLISH_WORD.test(node.text)) report(node, node.text);
        return;
      }
      if (!ts.isStringLiteralLike(node) && !ts.isTemplateLiteralToken(node)) return;
      // A quoted property name ({ 'aria-label': … }) names the prop; its value is what is shown.
      if (ts.isPropertyAssignment(node.parent) && node.parent.name === node) return;
      const text = node.text;
      if (CJK.test(text)) return report(node, text);
      if (!ENGLISH_WORD.test(text) || isKey(text)) return;
      const owner = ts.isJsxExpression(node.parent) ? node.parent.parent : node.parent;
      const prop = ts.isJsxAttribute(owner) || ts.isPropertyAssignment(owner) ? owner.name.getText().replace(/^['"]|['"]$/g, '') : undefined;
      if (prop && VISIBLE_PROPS.has(prop)) report(node, text);
    });
  }
  return found;
}

describe('UI text', () => {
  const files = sourceFiles(SOURCE_ROOT).map(parse);
  const namespaces = Object.keys(zhCN);
  const { keys, unknownTemplates } = usedKeys(files, namespaces);
  const locales = { 'zh-CN': new Set(flatKeys(zhCN as Tree)), en: new Set(flatKeys(en as Tree)) };

  it('knows the values of every key built at run time', () => {
    expect(unknownTemplates).toEqual([]);
  });

  it.each(Object.entries(locales))('has every key the code uses in %s', (_language, present) => {
    const missing = keys.filter(({ key }) => !present.has(key)).map(({ key, at }) => `${at} ${key}`);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('finds keys in the code (the scan itself works)', () => {
    expect(keys.map(({ key }) => key)).toEqual(expect.arrayContaining(['nav.workspace', 'common.save', 'requestStatus.submitted.label']));
  });

  it('has no hard-coded words in components', () => {
    const isKey = (text: string) => namespaces.some((namespace) => text.startsWith(`${namespace}.`));
    expect(hardCodedText(files, isKey)).toEqual([]);
  });
});
