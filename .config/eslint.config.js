// Type-aware lint with the project's boundaries. Run through `npm run lint`.
import js from '@eslint/js';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import { runtimeBlocks } from './eslint-runtimes.js';

// The project root, absolute: with `-c`, ESLint resolves a relative basePath from the working
// directory, not from this file, so '..' pointed above the project and every `files` block
// below (the runtime boundaries) matched nothing.
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
  // Where code runs (lib/<runtime>/, lib/shared/): derived from .config/runtimes.json.
  ...runtimeBlocks({ basePath: ROOT }),
  {
    basePath: ROOT,
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
