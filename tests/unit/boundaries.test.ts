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

  it('keeps React, Dexie and zod out of the LinkedIn watcher (every LinkedIn page once opted in)', () => {
    const graph = [...importGraph(join(ROOT, 'entrypoints/linkedin.content.ts'))];
    const heavy = graph.filter((file) => /^pkg:(react|react-dom|dexie|zod|i18next)(\/|$)/.test(file));
    expect(heavy).toEqual([]);
  });

  it('keeps the Feed studio out of the LinkedIn scripts, and the panel to its card in the studio', () => {
    const studioCode = (file: string) =>
      /\/(components|lib)\/studio\/|\/stores\/studio\.ts$|\/locales\/(en|da)\/studio\.ts$/.test(file);
    for (const entry of ['entrypoints/linkedin.content.ts', 'entrypoints/composer-panel.content/index.tsx']) {
      const graph = [...importGraph(join(ROOT, entry))];
      expect(graph.filter(studioCode), entry).toEqual([]);
    }
    // Of the panel, the studio uses only the suggestion card and the insert-text logic it shows.
    const studio = [...importGraph(join(ROOT, 'entrypoints/studio/main.tsx'))].map((file) => relative(ROOT, file));
    expect(studio.filter((file) => file.startsWith('components/panel/')).sort()).toEqual([
      'components/panel/SuggestionCard.tsx',
      'components/panel/insert-text.ts',
    ]);
    expect(studio.filter((file) => /^lib\/(linkedin|messaging|db|background)\//.test(file))).toEqual([]);
  });
});
