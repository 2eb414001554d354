import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { createImportLayersRule } from './tests/lint/import-layers-rule.js';

const root = import.meta.dirname;

/**
 * DESIGN.md's import table. A file belongs to the layer with the longest matching `dir`;
 * `imports` are layers (or single files) it may import, `typeImports` those it may only
 * `import type` from, `packages` the npm packages it may use, `node` whether Node
 * built-ins are allowed. Files in no layer (tests, configs) are not checked.
 * Never relax one of DESIGN.md's "never" columns here; a package a layer chooses (a
 * Markdown parser for the window, a notifier for browser mode) is named on its line with why.
 */
export const LAYERS = [
  { name: 'electron/core/common', dir: 'electron/core/common', imports: ['electron/core/common'], packages: ['zod'], node: false },
  {
    name: 'electron/core/node',
    dir: 'electron/core/node',
    imports: ['electron/core/common', 'electron/core/node'],
    packages: ['better-sqlite3', 'systeminformation', 'yaml', 'zod'],
    node: true,
  },
  {
    name: 'electron/core/handlers',
    dir: 'electron/core/handlers',
    imports: ['electron/core/common', 'electron/core/node', 'electron/core/handlers', 'electron/shared'],
    typeImports: ['electron/core/index.ts'],
    packages: ['zod'],
    node: true,
  },
  {
    name: 'electron/core/index.ts',
    dir: 'electron/core/index.ts',
    imports: ['electron/core/common', 'electron/core/node', 'electron/core/handlers'],
    typeImports: ['electron/shared'],
    node: true,
  },
  { name: 'electron/shared', dir: 'electron/shared', imports: ['electron/shared'], typeImports: ['electron/core/common'], packages: ['zod'], node: false },
  {
    name: 'electron/main',
    dir: 'electron/main',
    imports: ['electron/main', 'electron/core/index.ts', 'electron/shared'],
    packages: ['electron', 'electron-store'],
    node: true,
  },
  { name: 'electron/preload', dir: 'electron/preload', imports: ['electron/preload', 'electron/shared'], packages: ['electron'], node: false },
  // node-notifier: browser mode's desktop notifications (notify-send on Linux).
  { name: 'electron/serve', dir: 'electron/serve', imports: ['electron/serve', 'electron/core/index.ts', 'electron/shared'], packages: ['node-notifier'], node: true },
  // Command-line tools: like browser mode, a shell around createCore and the contract.
  { name: 'electron/cli', dir: 'electron/cli', imports: ['electron/cli', 'electron/core/index.ts', 'electron/shared'], node: true },
  // Build and launch scripts run under plain Node and only start other programs.
  { name: 'electron/build.ts', dir: 'electron/build.ts', imports: ['electron/shared', 'electron/build'], packages: ['esbuild'], node: true },
  // What the build does to its output; the benchmark bundles the core the same way.
  { name: 'electron/build', dir: 'electron/build', imports: ['electron/build'], packages: ['esbuild'], node: true },
  { name: 'electron/launch.ts', dir: 'electron/launch.ts', node: true },
  {
    name: 'renderer',
    dir: 'renderer',
    imports: ['renderer'],
    typeImports: ['electron/shared'],
    // The Markdown parser (its tokens only; the window renders them itself, never its HTML).
    packages: ['react', 'react-dom', 'zustand', 'markdown-it'],
    node: false,
  },
  // The Vite config runs in Node at build time; it is not part of the window.
  { name: 'renderer/vite.config.ts', dir: 'renderer/vite.config.ts', packages: ['vite', '@vitejs/plugin-react'], node: true },
];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'tests/security/electronegativity/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js'],
    plugins: { layers: { rules: { imports: createImportLayersRule({ root, layers: LAYERS }) } } },
    rules: {
      'layers/imports': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      eqeqeq: ['error', 'always'],
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    // Node-side scripts and tests print their results.
    files: ['tests/**', 'electron/build.ts', 'electron/launch.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    // Playwright reads a fixture's dependencies from its first parameter, so a fixture
    // that depends on nothing must be written `async ({}, use) => …`.
    files: ['tests/e2e/fixtures.ts', 'tests/electron/fixtures.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
);
