#!/usr/bin/env node
// `npm run contracts:schemas`: the JSON Schema of every type libs/contracts exports, written to
// apps/api/src/platform/openapi/contract-schemas.json, where the OpenAPI document takes its response schemas from.
// The contracts stay the one source: nobody writes these shapes a second time. `--check` writes nothing and fails
// when the file is not what the contracts make now (contract-schemas.spec.ts runs it).
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import { createFormatter, createParser, createProgram, DEFAULT_CONFIG, SchemaGenerator, ts } from 'ts-json-schema-generator';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'libs/contracts/src/index.ts');
export const OUTPUT = join(root, 'apps/api/src/platform/openapi/contract-schemas.json');

/** The exported interfaces and type aliases of the contracts (generic ones like Page<T> only through a named alias). */
function exportedTypeNames(program) {
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(entry));
  return checker
    .getExportsOfModule(module)
    .filter((symbol) => {
      const declaration = (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol).declarations?.[0];
      return declaration && (ts.isInterfaceDeclaration(declaration) || ts.isTypeAliasDeclaration(declaration)) && !declaration.typeParameters?.length;
    })
    .map((symbol) => symbol.name)
    .sort();
}

/**
 * A generic instantiation is named like `Page<RequestListItem>`, which is no valid OpenAPI component name: the one
 * alias that names it (`type RequestPage = Page<RequestListItem>`) takes its place.
 */
function nameInstantiations(definitions) {
  const renamed = {};
  for (const [name, schema] of Object.entries(definitions)) {
    const target = schema.$ref && decodeURIComponent(schema.$ref.replace('#/definitions/', ''));
    if (target && target.includes('<') && !renamed[target]) {
      renamed[target] = name;
      definitions[name] = { ...definitions[target], ...(schema.description ? { description: schema.description } : {}) };
      delete definitions[target];
    }
  }
  const unnamed = Object.keys(definitions).filter((name) => name.includes('<'));
  if (unnamed.length) throw new Error(`name these types in libs/contracts (e.g. \`export type XPage = Page<X>\`): ${unnamed.join(', ')}`);
  return JSON.parse(
    JSON.stringify(definitions, (key, value) => {
      if (key === 'description' && typeof value === 'string') return readable(value);
      if (key !== '$ref') return value;
      const target = decodeURIComponent(value.replace('#/definitions/', ''));
      return `#/components/schemas/${renamed[target] ?? target}`;
    }),
  );
}

/** A JSDoc `{@link X}` as the plain name. */
function readable(description) {
  return description
    .replace(/\s*\{@link\s+([^}\s]+)\s*\}\s*/g, ' $1 ')
    .replace(/ +([.,;:])/g, '$1')
    .replace(/ {2,}/g, ' ')
    .trim();
}

export async function contractSchemasText() {
  const config = { ...DEFAULT_CONFIG, path: entry, tsconfig: join(root, 'tsconfig.base.json'), jsDoc: 'extended', additionalProperties: false, sortProps: true };
  const program = createProgram(config);
  const generator = new SchemaGenerator(program, createParser(program, config), createFormatter(config), config);
  const definitions = {};
  for (const name of exportedTypeNames(program)) Object.assign(definitions, generator.createSchema(name).definitions);
  const sorted = Object.fromEntries(Object.entries(nameInstantiations(definitions)).sort(([a], [b]) => a.localeCompare(b)));
  const text = JSON.stringify({ $comment: 'Generated from libs/contracts by tools/contract-schemas.mjs (npm run contracts:schemas): do not edit.', schemas: sorted });
  return prettier.format(text, { ...(await prettier.resolveConfig(OUTPUT)), filepath: OUTPUT });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = await contractSchemasText();
  const current = await readFile(OUTPUT, 'utf8').catch(() => '');
  if (process.argv.includes('--check')) {
    if (current !== text) {
      console.error(`${OUTPUT} is not what libs/contracts makes now: run npm run contracts:schemas`);
      process.exit(1);
    }
    console.log('contract schemas up to date');
  } else if (current !== text) {
    await writeFile(OUTPUT, text);
    console.log(`wrote ${OUTPUT}`);
  }
}
