import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'net'];

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'test-results', 'playwright-report', 'electron/core/db/migrations'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
    },
  },
  // Security bans (issue 7): raw HTML into the DOM, and the two SQLite calls that would put the
  // lawyer's data on disk outside the cipher: serialize() returns the database as plaintext, and
  // backup() fails on encrypted databases (use vacuumInto in open-database.ts).
  {
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No raw HTML in the DOM: render text, or sanitise through the petition editor.',
        },
        {
          selector: "Property[key.name='dangerouslySetInnerHTML']",
          message: 'No raw HTML in the DOM: render text, or sanitise through the petition editor.',
        },
        {
          selector: "CallExpression[callee.property.name='serialize']",
          message: 'serialize() yields the database in plaintext: never call it.',
        },
        {
          selector:
            "CallExpression[callee.property.name='backup'][callee.object.name=/^(db|sqlite|raw|database|connection)$/]",
          message: 'db.backup() fails on encrypted databases: use vacuumInto (VACUUM INTO) instead.',
        },
        {
          selector: "CallExpression[callee.property.name='backup'][callee.object.property.name='$client']",
          message: 'db.backup() fails on encrypted databases: use vacuumInto (VACUUM INTO) instead.',
        },
      ],
    },
  },
  // Import zones (ARCHITECTURE.md): only main and preload may touch Electron.
  {
    files: ['electron/core/**', 'electron/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'electron/core and electron/shared never import Electron.' }] },
      ],
    },
  },
  {
    files: ['electron/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'shared code never imports Electron.' }],
          patterns: [{ group: nodeBuiltins, message: 'electron/shared runs in the renderer too: no Node modules.' }],
        },
      ],
    },
  },
  {
    files: ['src/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer talks to the backend only through window.api.' },
            { name: 'better-sqlite3', message: 'The renderer never opens the database.' },
          ],
          patterns: [
            { group: nodeBuiltins, message: 'The renderer has no Node.' },
            {
              group: ['**/electron/core/**', '**/electron/main/**', '**/electron/preload/**'],
              message: 'Import electron/shared only.',
            },
          ],
        },
      ],
    },
  },
);
