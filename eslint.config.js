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
// The standalone site's own furniture (site/) and the entry files sit beside the layers: no
// layer imports them, and site/ knows nothing of the app. Only an entry knows both.
const LAYERS = ['content', 'shared', 'analytics', 'article', 'widgets', 'reader', 'app'];
const edgeZones = [
  {
    target: LAYERS.map(layer),
    from: [layer('site'), layer('main.tsx'), layer('embed.ts')],
    message: 'Only entry files (src/main.tsx, src/embed.ts) bring the app and the site together.',
  },
  {
    target: layer('site'),
    from: LAYERS.filter((name) => name !== 'shared').map(layer),
    message: 'The standalone site talks to the reader through its public events only.',
  },
];
// The server is one more entry around the app: it imports src/, never the other way round.
const serverZone = {
  target: './src',
  from: './server',
  message: 'The app never imports the server (see docs/decisions/0010-production-server.md).',
};

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
      'import-x/no-restricted-paths': [
        'error',
        { zones: [...layerZones, ...edgeZones, serverZone] },
      ],
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
    // The content layer and analytics are plain TypeScript, usable on a server and in tests
    // without a renderer: no React in them.
    files: ['src/content/**', 'src/analytics/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react-dom/*', '@tanstack/react-query', '*.tsx'],
              message: 'content/ and analytics/ stay framework-free (docs/decisions/0001).',
            },
          ],
        },
      ],
    },
  },
  {
    // React's rules for React code only: Playwright fixtures also call a function named use().
    files: ['src/**/*.{ts,tsx}'],
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['**/*.mjs', '**/*.js', 'scripts/**', 'e2e/**', 'bench/**', 'server/**', '*.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
