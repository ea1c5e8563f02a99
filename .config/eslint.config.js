// Type-aware lint with the project's boundaries. Run through `npm run lint`.
import js from '@eslint/js';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';

// The project root, absolute: with `-c`, ESLint resolves a relative basePath from the working
// directory, not from this file, so '..' pointed above the project and every `files` block
// below (the database, watcher and service-worker boundaries) matched nothing.
const ROOT = fileURLToPath(new URL('..', import.meta.url));

const htmlSinks = [
  {
    selector: "AssignmentExpression[left.property.name='innerHTML']",
    message: 'Render feed and page text as text: no innerHTML (S3).',
  },
  { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'No outerHTML writes (S3).' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No insertAdjacentHTML (S3).' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML (S3).' },
  { selector: "CallExpression[callee.name='eval']", message: 'No eval (S4).' },
  { selector: "NewExpression[callee.name='Function']", message: 'No new Function (S4).' },
];

// The programme-results collector is a Node server (lib/collector): never in an extension bundle.
const collectorMessage = 'The results collector is a Node server, never part of the extension (issue 26).';
const noCollector = {
  paths: ['fastify', '@fastify/cors', '@fastify/rate-limit', 'better-sqlite3', 'pg', '@electric-sql/pglite'].map(
    (name) => ({ name, message: collectorMessage }),
  ),
  patterns: [
    {
      group: ['**/lib/collector', '**/lib/collector/*', '@/lib/collector', '@/lib/collector/*'],
      message: collectorMessage,
    },
  ],
};

const noDatabase = {
  paths: [
    { name: 'dexie', message: 'Dexie lives only in the background (architecture, constraint 1).' },
    ...noCollector.paths,
  ],
  patterns: [
    {
      group: ['**/lib/db', '**/lib/db/*', '@/lib/db', '@/lib/db/*'],
      message: 'The database is opened only in the background: send a message instead.',
    },
    ...noCollector.patterns,
  ],
};

export default tseslint.config(
  {
    basePath: ROOT,
    ignores: [
      '**/.wxt/**',
      '**/.output/**',
      'node_modules/**',
      'tests/e2e/.artifacts/**',
      'bench-results/**',
      'public/**',
    ],
  },
  {
    basePath: ROOT,
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true } },
    rules: {
      'no-restricted-syntax': ['error', ...htmlSinks],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/only-throw-error': 'off',
    },
  },
  {
    // Everything the extension is built from: no collector (the blocks below add to it).
    basePath: ROOT,
    files: ['entrypoints/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'stores/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}'],
    ignores: ['lib/collector/**'],
    rules: { 'no-restricted-imports': ['error', noCollector] },
  },
  {
    // Everything that runs outside the background: no database.
    basePath: ROOT,
    files: [
      'entrypoints/**/*.{ts,tsx}',
      'components/**/*.{ts,tsx}',
      'stores/**/*.{ts,tsx}',
      'lib/linkedin/**/*.ts',
      'lib/panel/**/*.ts',
      'lib/settings/**/*.ts',
      'lib/i18n/**/*.ts',
      'lib/messaging/send.ts',
    ],
    ignores: ['entrypoints/background.ts'],
    rules: { 'no-restricted-imports': ['error', noDatabase] },
  },
  {
    // The always-on LinkedIn watcher stays tiny (P1).
    basePath: ROOT,
    files: ['entrypoints/linkedin.content.ts', 'lib/linkedin/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...noDatabase.paths,
            { name: 'react', message: 'No React in the always-on watcher (P1).' },
            { name: 'react-dom', message: 'No React in the always-on watcher (P1).' },
            { name: 'zod', message: 'No zod in the always-on watcher (P1): import only types from the protocol.' },
            { name: 'i18next', message: 'No i18n in the always-on watcher (P1).' },
          ],
          patterns: noDatabase.patterns,
        },
      ],
    },
  },
  {
    // The service worker has no window or DOM.
    basePath: ROOT,
    files: ['entrypoints/background.ts', 'lib/background/**/*.ts', 'lib/db/**/*.ts', 'lib/shares/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'No window in the service worker.' },
        { name: 'localStorage', message: 'No localStorage in the service worker.' },
        { name: 'document', message: 'No document in the service worker.' },
      ],
    },
  },
  {
    basePath: ROOT,
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
