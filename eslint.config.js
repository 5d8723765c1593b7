import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The layers of docs/decisions/0001-architecture.md: each may import only from the ones
// below it. content ← shared ← (analytics | article | widgets) ← reader ← app ← entries.
const layer = (name) => `./src/${name}`;
const layerZones = [
  {
    target: layer('content'),
    from: ['shared', 'analytics', 'article', 'widgets', 'reader', 'app'],
  },
  { target: layer('shared'), from: ['analytics', 'article', 'widgets', 'reader', 'app'] },
  { target: layer('analytics'), from: ['article', 'widgets', 'reader', 'app'] },
  { target: layer('article'), from: ['analytics', 'widgets', 'reader', 'app'] },
  { target: layer('widgets'), from: ['analytics', 'article', 'reader', 'app'] },
  { target: layer('reader'), from: ['app'] },
].map(({ target, from }) => ({
  target,
  from: from.map(layer),
  message: 'Layers import downwards only (see docs/decisions/0001-architecture.md).',
}));

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'public/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['eslint.config.js', 'scripts/*.mjs', 'scripts/*/*.mjs'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-default-export': 'off',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-expect-error': 'allow-with-description' },
      ],
    },
  },
  {
    // React's rules for React code only: Playwright fixtures also call a function named use().
    files: ['src/**/*.{ts,tsx}'],
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['**/*.mjs', '**/*.js', 'scripts/**', 'e2e/**', 'bench/**', '*.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
