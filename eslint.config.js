// ESLint: layer boundaries per folder, file size, and a few checks tsc does not make. No type-aware
// rules (they need the whole program and take minutes); see docs/architecture.md for each rule's reason.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** An import restriction: `regex` is matched against the import path as written (relative or bare). */
const layer = (folders, message) => ({ regex: `(^|/)(${folders.join('|')})(/|$)`, caseSensitive: true, message });

const NODE_BUILTINS = { regex: '^(node:|(fs|path|crypto|os|child_process|url|zlib|http|net|module|util)$)' };
const node = { ...NODE_BUILTINS, message: 'core runs in the browser and in workers: reach Node through a port.' };
const testSupport = { regex: '(TestKit|\\.test)$', message: 'test support is for tests only.' };
const platformPackages = [
  'react',
  'react-dom',
  'zustand',
  'comlink',
  'idb',
  '@mlc-ai/web-llm',
  'web-tree-sitter',
  '@orama/orama',
  'pyodide',
  'monaco-editor',
  '@monaco-editor/react',
  'vitest',
].map((name) => ({ name, message: 'core is framework-free: this belongs in an adapter, a store or the UI.' }));

const outerLayers = layer(['adapters', 'workers', 'state', 'ui', 'cli'], 'core imports nothing outside core.');
const restrict = (patterns, paths = []) => ['error', { patterns, paths }];

export default defineConfig([
  {
    // holdout/ is a labelled code corpus in many languages: data we measure, not code we ship.
    ignores: [
      'node_modules/',
      'dist/',
      'dist-*/',
      'public/',
      'kb/',
      'test-results/',
      'playwright-report/',
      'scratch/',
      'holdout/',
    ],
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'max-lines': ['error', { max: 200, skipBlankLines: true, skipComments: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Model output is untrusted: nothing in our own code may turn a string into code in this realm.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-debugger': 'error',
      // A focused or skipped test silently shrinks the suite.
      'no-restricted-properties': [
        'error',
        ...['describe', 'it', 'test'].flatMap((object) =>
          ['only', 'skip'].map((property) => ({ object, property, message: 'no focused or skipped tests.' })),
        ),
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.ts', 'e2e/**/*.ts', 'vite-plugins/**/*.ts'],
    ignores: ['**/*.test.{ts,tsx}', '**/*TestKit.ts'],
    rules: { 'no-restricted-imports': restrict([testSupport]) },
  },
  {
    files: ['src/core/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*TestKit.ts'],
    rules: { 'no-restricted-imports': restrict([outerLayers, node, testSupport], platformPackages) },
  },
  {
    // Tests (and the kits only tests import) may run core code on a Node parser or a scripted engine.
    files: ['src/core/**/*.test.ts', 'src/core/**/*TestKit.ts'],
    rules: { 'no-restricted-imports': restrict([layer(['workers', 'state', 'ui', 'cli'], 'core tests stay below')]) },
  },
  {
    files: ['src/adapters/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict([
        layer(['ui', 'state', 'workers', 'cli'], 'adapters implement core ports; they know no app layer.'),
        testSupport,
      ]),
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict([
        layer(['adapters', 'workers', 'cli'], 'the UI reaches adapters and workers only through src/state.'),
        testSupport,
      ]),
    },
  },
  {
    files: ['src/state/**/*.ts', 'src/workers/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict([layer(['ui', 'cli'], 'stores and workers never import the UI.'), testSupport]),
    },
  },
  {
    files: ['src/cli/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict([
        layer(['ui', 'state', 'workers'], 'the CLI and scripts use core and adapters only.'),
        testSupport,
      ]),
    },
  },
  {
    files: ['scripts/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        layer(['ui', 'state', 'workers', 'cli'], 'scripts use core and adapters, never a CLI command.'),
        testSupport,
      ]),
    },
  },
  {
    // The sandbox is the one place that evaluates code, on purpose: inside the sealed test worker or Deno,
    // never on the page's thread (docs/sandbox.md).
    files: ['src/adapters/sandbox/runJsTests.ts'],
    rules: { 'no-eval': 'off' },
  },
  {
    // Tests hold tables of cases; a longer file is still one concept.
    files: ['**/*.test.{ts,tsx}', 'e2e/**/*.spec.ts'],
    rules: { 'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }] },
  },
]);
