// Lint for the whole workspace. The module-boundary rule is what keeps the domain library framework-free.
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FRAMEWORKS = ['@nestjs/*', 'typeorm', 'pg', 'react', 'react-*', 'react/*', 'antd', 'class-validator', 'class-transformer', 'fastify', '@fastify/*', 'node:*', 'dayjs', 'i18next'];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.nx/**', '**/coverage/**', '**/.data/**', '**/tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['tools/**/*.mjs'], languageOptions: { globals: globals.node } },
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
);
