// Lint for the whole workspace. The module-boundary rule is what keeps the domain library framework-free.
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import prettierRecommended from 'eslint-plugin-prettier/recommended';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';

const FRAMEWORKS = [
  '@nestjs/*',
  'typeorm',
  'pg',
  'react',
  'react-*',
  'react/*',
  'antd',
  'class-validator',
  'class-transformer',
  'fastify',
  '@fastify/*',
  'node:*',
  'dayjs',
  'i18next',
];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.nx/**', '**/coverage/**', '**/.data/**', '**/tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['tools/**/*.mjs'], languageOptions: { globals: globals.node } },
  { files: ['*.mjs'], languageOptions: { globals: globals.node } },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            // The workflow rules are pure TypeScript: no framework, no database, no UI, no Node built-ins.
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'], bannedExternalImports: FRAMEWORKS },
            // The contracts are plain types shared by api and web.
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain'], bannedExternalImports: FRAMEWORKS },
            // Apps may use the libs but never each other.
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts'] },
            { sourceTag: 'scope:web', bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg', 'fastify', '@fastify/*'] },
          ],
        },
      ],
    },
  },
  {
    // Specs may use Node built-ins (fast-check, fixtures) but still no framework.
    files: ['libs/workflow/**/*.spec.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        { depConstraints: [{ sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'], bannedExternalImports: FRAMEWORKS.filter((f) => f !== 'node:*') }] },
      ],
    },
  },
  {
    // Web imports go one way: app → features → components/lib. A feature uses only itself (and components, lib, locales,
    // the libs); components and lib use no feature; nothing but app uses app. A widget two features need moves down to
    // components/ (or lib/). The zones are read from the folders, so a new feature is covered without a change here.
    files: ['apps/web/src/**/*.ts', 'apps/web/src/**/*.tsx'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })] },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: import.meta.dirname,
          zones: [
            ...readdirSync(new URL('apps/web/src/features', import.meta.url), { withFileTypes: true })
              .filter((entry) => entry.isDirectory())
              .map(({ name }) => ({
                target: `apps/web/src/features/${name}`,
                from: 'apps/web/src/features',
                except: [`./${name}`],
                message: `features/${name} may not import another feature: move what both need down to components/ or lib/, or compose them in app/.`,
              })),
            { target: ['apps/web/src/components', 'apps/web/src/lib'], from: 'apps/web/src/features', message: 'components/ and lib/ may not import a feature.' },
            { target: ['apps/web/src/features', 'apps/web/src/components', 'apps/web/src/lib'], from: 'apps/web/src/app', message: 'Only app/ imports app/.' },
          ],
        },
      ],
    },
  },
  // Last: formatting is Prettier's (.prettierrc.json); unformatted code is a `prettier/prettier` lint error, and the stylistic rules
  // that would fight it are off (eslint-config-prettier). `npm run format` fixes it.
  prettierRecommended,
);
