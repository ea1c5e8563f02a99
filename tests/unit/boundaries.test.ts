/**
 * Meta-tests for the architecture's hard constraints: the database only in the background,
 * and the LinkedIn watcher script free of React, Dexie and zod.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Resolves the project-local imports of a file, transitively. */
function importGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const text = readFileSync(entry, 'utf8');
  for (const match of text.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
    const spec = match[1]!;
    if (!spec.startsWith('@/') && !spec.startsWith('.')) {
      seen.add(`pkg:${spec}`);
      continue;
    }
    const base = spec.startsWith('@/') ? join(ROOT, spec.slice(2)) : resolve(entry, '..', spec);
    const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
    const found = candidates.find((candidate) => {
      try {
        return statSync(candidate).isFile();
      } catch {
        return false;
      }
    });
    if (found) importGraph(found, seen);
  }
  return seen;
}

const entrypoints = sourceFiles(join(ROOT, 'entrypoints'));

describe('architecture boundaries', () => {
  it('opens the database (lib/db, dexie) only from the background', () => {
    for (const entry of entrypoints) {
      if (relative(ROOT, entry) === 'entrypoints/background.ts') continue;
      const graph = [...importGraph(entry)];
      const offending = graph.filter((file) => file.includes('/lib/db/') || file === 'pkg:dexie');
      expect(offending, relative(ROOT, entry)).toEqual([]);
    }
  });

  it('builds every zod schema through lib/zod.ts, which turns off the eval probe first (Firefox CSP errors)', () => {
    const everything = ['lib', 'components', 'stores', 'entrypoints'].flatMap((dir) => sourceFiles(join(ROOT, dir)));
    const direct = everything.filter(
      (file) =>
        relative(ROOT, file) !== 'lib/zod.ts' &&
        /^\s*import\s+(?!type\b)[^'"]*?from\s+['"]zod(\/[^'"]*)?['"]/m.test(readFileSync(file, 'utf8')),
    );
    expect(direct.map((file) => relative(ROOT, file))).toEqual([]);
    expect(readFileSync(join(ROOT, 'lib/zod.ts'), 'utf8')).toMatch(/z\.config\(\{ jitless: true \}\)/);
  });

  it('keeps React, Dexie and zod out of the LinkedIn watcher (every LinkedIn page once opted in)', () => {
    const graph = [...importGraph(join(ROOT, 'entrypoints/linkedin.content.ts'))];
    const heavy = graph.filter((file) => /^pkg:(react|react-dom|dexie|zod|i18next)(\/|$)/.test(file));
    expect(heavy).toEqual([]);
  });
});
