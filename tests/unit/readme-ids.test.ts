/**
 * Meta-test: every target or requirement id a source comment cites (P4, R10, S7…), every
 * "LinkedIn's page §N" and every "constraint N" is defined in the README, so a reader never
 * needs a document outside the repository.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === '.artifacts' || name === 'node_modules') return [];
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx|js|html|css)$/.test(name) ? [path] : [];
  });
}

const sources = ['entrypoints', 'components', 'stores', 'lib', 'tests'].flatMap((dir) => files(dir));

function cited(pattern: RegExp): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sources)
    for (const match of readFileSync(file, 'utf8').matchAll(pattern)) found.set(match[1]!, file);
  return found;
}

describe('ids cited in comments', () => {
  it('defines every P/R/S id in the README targets table', () => {
    const ids = cited(/\b([PRS](?:[1-9]|10))\b(?![\w-])/g);
    expect(ids.size).toBeGreaterThan(10);
    const missing = [...ids].filter(([id]) => !readme.includes(`| ${id} `)).map(([id, file]) => `${id} (${file})`);
    expect(missing).toEqual([]);
  });

  it("defines every LinkedIn's page §N and every architecture constraint N", () => {
    const sections = cited(/LinkedIn's page §(\d+(?:\.\d+)?)/g);
    expect(sections.size).toBeGreaterThan(3);
    expect([...sections.keys()].filter((section) => !readme.includes(`**§${section} `))).toEqual([]);
    const constraints = cited(/constraint (\d+)/g);
    expect([...constraints.keys()].filter((n) => !new RegExp(`^${n}\\. `, 'm').test(readme))).toEqual([]);
  });

  it('cites no document that is not in the repository', () => {
    const outside = cited(/\b((?:dom-evidence|digest-en|quality|toolchain|architecture|style)\.md)\b/g);
    expect([...outside].map(([doc, file]) => `${doc} (${file})`)).toEqual([]);
  });
});

describe('paths cited in comments and the README', () => {
  // Every file of the repository's own folders, to resolve a cited path against.
  const repository = ['entrypoints', 'components', 'stores', 'lib', 'tests', 'public', '.config', '.ci']
    .flatMap((dir) => {
      try {
        return allFiles(dir);
      } catch {
        return [];
      }
    })
    .concat(['README.md', 'package.json', 'wxt.config.ts', 'tsconfig.json']);

  function allFiles(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (name === '.artifacts' || name === 'node_modules') return [];
      return statSync(path).isDirectory() ? allFiles(path) : [path];
    });
  }

  /** A cited path exists: from the root, from the citing file's folder, or as the end of a repository path. */
  function exists(cite: string, from: string): boolean {
    // A path that starts with a dot: from the citing file's folder only.
    if (cite.startsWith('.')) return repository.includes(join(dirname(from), cite));
    if (repository.includes(cite) || repository.includes(join(dirname(from), cite))) return true;
    return repository.some((path) => path.endsWith(`/${cite}`));
  }
  /** Not files of this repository: generated output, examples, the shared folder beside it, a test's made-up graph. */
  const ELSEWHERE = /^(bench-results|path\/to|shared|x)\//;

  it('names only files that exist (so a reader can follow every reference)', () => {
    const ext = String.raw`\.(?:ts|tsx|json|html|css|md)`;
    const pattern = new RegExp(
      String.raw`(?<![\w@/.:}-])((?:\.{1,2}\/)+(?:[\w-]+\/)*[\w.-]+${ext}|(?:[\w-]+\/)+[\w.-]+${ext})(?![\w/-])`,
      'g',
    );
    const missing: string[] = [];
    let count = 0;
    for (const file of [...sources, 'README.md']) {
      for (const match of readFileSync(file, 'utf8').matchAll(pattern)) {
        const cite = match[1]!;
        if (ELSEWHERE.test(cite) || cite.startsWith('node_modules/') || cite.startsWith('.wxt/')) continue;
        count++;
        if (!exists(cite, file)) missing.push(`${cite} (${file})`);
      }
    }
    expect(count).toBeGreaterThan(100);
    expect([...new Set(missing)]).toEqual([]);
  });
});
