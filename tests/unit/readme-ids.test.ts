/**
 * Meta-test: every target or requirement id a source comment cites (P4, R10, S7…), every
 * "LinkedIn's page §N" and every "constraint N" is defined in the README, so a reader never
 * needs a document outside the repository.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
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
