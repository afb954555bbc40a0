// No status list is written out in the web: a group of statuses has a name in @banshishi/workflow (public, done,
// linkable, awaiting an answer…) and the web uses the name, so a group changes in one place. The code is read with the
// TypeScript parser (as in locales/ui-text.spec.ts), so comments never count.
import { PROJECT_STATUSES, REQUEST_STATUSES } from '@banshishi/workflow';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const SOURCE_ROOT = __dirname;
const STATUSES: ReadonlySet<string> = new Set([...REQUEST_STATUSES, ...PROJECT_STATUSES]);
const EQUALITY = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
]);
const LOGICAL = new Set([ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.spec\.ts$/.test(entry.name) ? [path] : [];
  });
}

function parse(path: string, text = readFileSync(path, 'utf8')): ts.SourceFile {
  return ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

function where(node: ts.Node): string {
  const file = node.getSourceFile();
  return `${relative(SOURCE_ROOT, file.fileName)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${node.getText().replace(/\s+/g, ' ')}`;
}

function unwrap(node: ts.Expression): ts.Expression {
  return ts.isParenthesizedExpression(node) ? unwrap(node.expression) : node;
}

function isStatusLiteral(node: ts.Expression): boolean {
  const inner = unwrap(node);
  return ts.isStringLiteralLike(inner) && STATUSES.has(inner.text);
}

/** `x.status`, `x?.status` or a plain `status`. */
function isStatus(node: ts.Expression): boolean {
  const inner = unwrap(node);
  return (ts.isPropertyAccessExpression(inner) && inner.name.text === 'status') || (ts.isIdentifier(inner) && inner.text === 'status');
}

function isLogical(node: ts.Node): node is ts.BinaryExpression {
  return ts.isBinaryExpression(node) && LOGICAL.has(node.operatorToken.kind);
}

/** The operands of a whole `&&`/`||` chain, parentheses and mixed operators included. */
function operands(node: ts.Expression): ts.Expression[] {
  const inner = unwrap(node);
  return isLogical(inner) ? [...operands(inner.left), ...operands(inner.right)] : [inner];
}

/** How many operands compare a status with a status literal: `status === 'a'`, `'a' !== x.status`. */
function statusComparisons(chain: ts.BinaryExpression): number {
  return operands(chain).filter(
    (operand) =>
      ts.isBinaryExpression(operand) &&
      EQUALITY.has(operand.operatorToken.kind) &&
      ((isStatus(operand.left) && isStatusLiteral(operand.right)) || (isStatusLiteral(operand.left) && isStatus(operand.right))),
  ).length;
}

/** Status lists written out: an array of two or more status literals, or a chain comparing a status with two or more. */
export function writtenOutStatusLists(files: readonly ts.SourceFile[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    walk(file, (node) => {
      if (ts.isArrayLiteralExpression(node) && node.elements.filter((element) => isStatusLiteral(element)).length >= 2) found.push(where(node));
      // A chain is judged whole, at its top.
      let parent = node.parent;
      while (parent && ts.isParenthesizedExpression(parent)) parent = parent.parent;
      if (isLogical(node) && !(parent && isLogical(parent)) && statusComparisons(node) >= 2) found.push(where(node));
    });
  }
  return found;
}

describe('status groups in the web', () => {
  const scan = (text: string) => writtenOutStatusLists([parse(join(SOURCE_ROOT, 'sample.tsx'), text)]).length;

  it('finds the lists the web used to write out (the scan itself works)', () => {
    expect(scan("const WAITING: readonly RequestStatus[] = ['submitted', 'accepted'];")).toBe(1);
    expect(scan("const LINKABLE = ['draft', 'pending_approval', 'approved', 'implementing'] as const;")).toBe(1);
    expect(scan("usePublicProject(project.code, project.status !== 'draft' && project.status !== 'pending_approval');")).toBe(1);
    expect(scan("useOutcome(code, project.data?.status === 'completed' || project.data?.status === 'evaluated');")).toBe(1);
    expect(scan("const open = ready && (status === 'resolved' || (status === 'closed' && !answered));")).toBe(1);
    expect(scan("<Tag hidden={'submitted' === item.status || 'accepted' === item.status} />")).toBe(1);
  });

  it('leaves alone what is not a status list', () => {
    expect(scan("const key = ['projects', 'list', 'completed', 'report'];")).toBe(0);
    expect(scan("const busy = file.status === 'done' || file.status === 'uploading';")).toBe(0);
    expect(scan("const open = status === 'resolved' && actions.includes('feedback');")).toBe(0);
    expect(scan('const done = inStatusGroup(PROJECT_DONE_STATUSES, project.status);')).toBe(0);
    expect(scan("const outcomes = ['closed', 'reopened', 'escalated'];")).toBe(0);
  });

  it('finds none in apps/web/src: use the named groups of @banshishi/workflow', () => {
    const files = sourceFiles(SOURCE_ROOT).map((path) => parse(path));
    expect(files.length).toBeGreaterThan(100);
    expect(writtenOutStatusLists(files)).toEqual([]);
  });
});
