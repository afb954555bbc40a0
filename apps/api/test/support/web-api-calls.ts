// The web app's API calls, `api<T>('/path', {method})` in apps/web/src, held to the OpenAPI document: each names a
// documented route, and the body the document says that route answers (a libs/contracts type) can be given where the
// web expects a T. The TypeScript compiler judges that, on the web's own files with one line added per call.
import { join, relative } from 'node:path';
import ts from 'typescript';
import type { ResponseValidator } from './openapi-responses';

const ROOT = join(__dirname, '../../../..');
const WEB = join(ROOT, 'apps/web');

export interface WebApiCall {
  file: string;
  line: number;
  method: string;
  /** with `{}` where the web puts a value: `/api/requests/{}/actions/{}` */
  path: string;
  /** T, as the web writes it */
  expects: string;
}

export interface WebApiCheck {
  calls: WebApiCall[];
  problems: string[];
}

function pathOf(argument: ts.Expression): string | undefined {
  if (ts.isStringLiteral(argument) || ts.isNoSubstitutionTemplateLiteral(argument)) return argument.text;
  if (ts.isTemplateExpression(argument)) return argument.head.text + argument.templateSpans.map((span) => `{}${span.literal.text}`).join('');
  return undefined;
}

function methodOf(options: ts.Expression | undefined, source: ts.SourceFile): string {
  if (!options || !ts.isObjectLiteralExpression(options)) return 'GET';
  const method = options.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText(source) === 'method');
  return method && ts.isStringLiteral(method.initializer) ? method.initializer.text : 'GET';
}

/** The TypeScript type of a documented JSON body: `#/components/schemas/X` is the contract type X. */
function contractType(schema: unknown): string | undefined {
  const { $ref, type, items } = (schema ?? {}) as { $ref?: string; type?: string; items?: unknown };
  if ($ref?.startsWith('#/components/schemas/')) return `import('@banshishi/contracts').${$ref.split('/').pop()}`;
  if (type === 'array') {
    const item = contractType(items);
    return item && `${item}[]`;
  }
  return undefined;
}

export function checkWebApiCalls(validator: ResponseValidator): WebApiCheck {
  const config = ts.getParsedCommandLineOfConfigFile(join(WEB, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!config) throw new Error('apps/web/tsconfig.json did not parse');
  const program = ts.createProgram(config.fileNames, config.options);
  const calls: WebApiCall[] = [];
  const problems: string[] = [];
  /** per web file: the lines to append, each with the call it checks */
  const additions = new Map<string, { text: string; call: WebApiCall }[]>();

  for (const source of program.getSourceFiles()) {
    if (!source.fileName.startsWith(join(WEB, 'src')) || source.isDeclarationFile) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'api' && node.typeArguments?.length === 1) {
        const path = pathOf(node.arguments[0]);
        const call: WebApiCall = {
          file: relative(ROOT, source.fileName),
          line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
          method: methodOf(node.arguments[1], source),
          path: `/api${path ?? '?'}`,
          expects: node.typeArguments[0].getText(source),
        };
        calls.push(call);
        const where = `${call.file}:${call.line} ${call.method} ${call.path}`;
        const found = path === undefined ? undefined : validator.operation(call.method, call.path);
        if (!found) problems.push(`${where}: no such route in the document`);
        else {
          const [status, response] = Object.entries(found.operation.responses ?? {}).find(([code]) => code.startsWith('2')) ?? [];
          const documented = status === '204' ? 'void' : contractType(response?.content?.['application/json']?.schema);
          if (!documented) problems.push(`${where}: the document gives no contract type for ${status ?? 'its success'}`);
          else {
            const n = calls.length;
            const text = `\ndeclare const __documented${n}: ${documented};\nexport const __expected${n}: ${call.expects} = __documented${n};`;
            additions.set(source.fileName, [...(additions.get(source.fileName) ?? []), { text, call }]);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }

  // The web's files again, each with its checks appended: an error in an appended line is a call that expects
  // something its route does not answer.
  const original = new Map<string, number>();
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile.bind(host);
  host.readFile = (fileName) => {
    const text = readFile(fileName);
    const added = additions.get(fileName);
    if (text === undefined || !added) return text;
    original.set(fileName, text.length);
    return text + added.map((a) => a.text).join('');
  };
  const checked = ts.createProgram({ rootNames: config.fileNames, options: config.options, host, oldProgram: undefined });
  for (const [fileName, added] of additions) {
    const source = checked.getSourceFile(fileName);
    if (!source) continue;
    for (const diagnostic of checked.getSemanticDiagnostics(source)) {
      if (diagnostic.start === undefined || diagnostic.start < (original.get(fileName) ?? Infinity)) continue;
      const line = source.getLineAndCharacterOfPosition(diagnostic.start).line;
      const lineText = source.text.split('\n')[line];
      const index = Number(/__expected(\d+)/.exec(lineText)?.[1] ?? /__documented(\d+)/.exec(lineText)?.[1]);
      const call = calls[index - 1] ?? added[0].call;
      problems.push(`${call.file}:${call.line} ${call.method} ${call.path} expects ${call.expects}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`);
    }
  }
  return { calls, problems };
}
