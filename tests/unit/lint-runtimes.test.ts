// @vitest-environment node
/**
 * The lint side of "where code runs" (.config/eslint-runtimes.js): the rule that keeps a runtime's
 * folder of lib/ to that runtime, and the package and global limits it derives per runtime from
 * .config/runtimes.json. The boundaries test proves the same on the import graph; this proves the
 * editor says it while the code is written.
 */
import { resolve } from 'node:path';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

interface RuntimeLint {
  runtimesPlugin: NonNullable<Linter.Config['plugins']>[string];
  runtimeBlocks: (base: object) => Linter.Config[];
}
// A plain JS module of the lint config (no types of its own): loaded by its path.
const lint = (await import(resolve(ROOT, '.config/eslint-runtimes.js'))) as RuntimeLint;

/** A made-up file in a folder (named so no reader of cited paths takes it for a real one). */
const fileIn = (folder: string) => `${folder}/made-up.ts`;

function folderErrors(file: string, code: string): string[] {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        plugins: { runtimes: lint.runtimesPlugin },
        rules: { 'runtimes/folders': 'error' },
      },
    ],
    { filename: resolve(ROOT, file) },
  );
  return messages.map((message) => message.message);
}

describe('the runtime-folder lint rule', () => {
  it('refuses a page that loads the worker’s code, and says where shared code goes', () => {
    expect(folderErrors(fileIn('lib/pages/studio'), "import { getDb } from '../../worker/db';")).toEqual([
      'lib/worker/ runs only in the worker; the pages cannot load it. Move what both need to lib/shared/.',
    ]);
    expect(folderErrors(fileIn('components'), "import { getDb } from '@/lib/worker/db';")).toEqual([]);
    expect(folderErrors('entrypoints/popup/main.tsx', "import { getDb } from '@/lib/worker/db';")).toHaveLength(1);
    expect(folderErrors('entrypoints/background.ts', "import { getDb } from '@/lib/worker/db';")).toEqual([]);
  });

  it('refuses shared code that loads one runtime’s code, also through export … from and import()', () => {
    expect(folderErrors(fileIn('lib/shared/feed'), "export { watch } from '../../watcher/observe';")).toHaveLength(1);
    expect(
      folderErrors(fileIn('lib/shared/feed'), "export const later = () => import('@/lib/injected/theme');"),
    ).toHaveLength(1);
    expect(folderErrors(fileIn('lib/watcher'), "import { send } from '../shared/messaging/send';")).toEqual([]);
  });

  it('lets a type cross runtimes (`import type` is erased from the build)', () => {
    expect(folderErrors(fileIn('lib/watcher'), "import type { ShareKind } from '../worker/db/types';")).toEqual([]);
    expect(folderErrors(fileIn('lib/watcher'), "import { type ShareKind } from '../worker/db/types';")).toHaveLength(1);
  });
});

describe('the per-runtime package limits', () => {
  const blocks = lint.runtimeBlocks({});
  const restricted = (file: string) =>
    blocks
      .filter((block) => block.files?.some((glob) => typeof glob === 'string' && glob.startsWith(file)))
      .flatMap((block) => {
        const rule = block.rules?.['no-restricted-imports'];
        const options = Array.isArray(rule) ? (rule[1] as { paths?: { name: string }[] }) : undefined;
        return options?.paths?.map((path) => path.name) ?? [];
      });

  it('keeps React, zod, i18next and Dexie out of the watcher, Dexie out of every page, server packages out of the extension', () => {
    expect(restricted('lib/watcher/')).toEqual(
      expect.arrayContaining(['react', 'zod', 'i18next', 'dexie', 'zustand', 'fastify']),
    );
    expect(restricted('lib/pages/')).toEqual(expect.arrayContaining(['dexie', 'better-sqlite3']));
    expect(restricted('lib/shared/')).toEqual(expect.arrayContaining(['dexie', 'pg']));
    expect(restricted('lib/worker/')).not.toContain('dexie');
    expect(restricted('lib/node/')).toEqual([]);
  });
});
