import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'artifacts/', 'node_modules/', '.bench/', 'coverage/', '**/.tmp-*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', URL: 'readonly', performance: 'readonly' },
    },
    rules: {
      // Contact extraction runs regexes over text the page controls: quadratic scans are a denial of service.
      'regexp/no-super-linear-move': 'error',
      'regexp/no-super-linear-backtracking': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { paths: [{ name: 'webextension-polyfill', message: 'Import browser from src/shared/browser.ts.' }] }],
    },
  },
  {
    // A cycle makes two modules one concept split in two files, and its evaluation order a trap.
    files: ['src/**'],
    plugins: { 'import-x': importX },
    settings: { ...importX.flatConfigs.typescript.settings, 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['webextension-polyfill', 'dexie'],
        patterns: [{ group: ['**/shared/browser', '**/shared/db/*', '**/background/*', '**/popup/*', '**/content/*'], message: 'src/core is pure: no browser APIs, no storage.' }],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'chrome', 'browser', 'location', 'navigator'],
    },
  },
  {
    // Detectors read the page snapshot, plain data that crosses contexts; only snapshot/ reads DOM nodes.
    files: ['src/core/detect/**'],
    // (index.ts: the entry point that takes a whole document and snapshots it first.)
    ignores: ['src/core/detect/snapshot/**', 'src/core/detect/index.ts'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: "TSTypeReference[typeName.name=/^(?:Node|Element|HTMLElement|Document|Text|ChildNode|ParentNode|NodeList|HTMLCollection)$/]",
        message: 'Detectors read the page snapshot (core/detect/snapshot/types.ts), never DOM nodes.',
      }],
    },
  },
  {
    files: ['src/content/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['dexie', { name: 'webextension-polyfill', message: 'Import browser from src/shared/browser.ts.' }],
        patterns: [{ group: ['**/shared/db/*', '**/background/*'], message: 'The content script never touches the database.' }],
      }],
    },
  },
  {
    files: ['src/shared/browser.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/popup/**', 'src/options/**', 'src/sidepanel/**'],
    rules: {
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page text is never rendered as HTML.' }],
      'no-restricted-imports': ['error', {
        paths: [{ name: 'webextension-polyfill', message: 'Import browser from src/shared/browser.ts.' }],
        patterns: [{ group: ['**/background/secrets'], message: 'Credentials are read in the background only.' }],
      }],
    },
  },
);
