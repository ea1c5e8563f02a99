/**
 * Meta-tests for the architecture (README, "Architecture"): which part may import which, the
 * database only in the background, the LinkedIn watcher free of React, Dexie, zod and i18next,
 * and no import cycle anywhere in product code — type imports included, since a type edge is
 * one refactor away from a real one.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const PRODUCT = ['entrypoints', 'components', 'stores', 'lib'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

interface Edge {
  /** A project file (relative to the root) or `pkg:<name>`. */
  to: string;
  /** `import type` / `export type`: erased from the build (with verbatimModuleSyntax only these are). */
  typeOnly: boolean;
  /** `import('…')`: a chunk of its own, loaded when the code asks for it. */
  dynamic?: boolean;
}

function resolveSpec(from: string, rawSpec: string): string | null {
  // `style.css?inline` is an import of style.css as much as any other.
  const spec = rawSpec.replace(/\?[\w&=]*$/, '');
  if (!spec.startsWith('@/') && !spec.startsWith('.')) return `pkg:${spec}`;
  const base = spec.startsWith('@/') ? join(ROOT, spec.slice(2)) : resolve(from, '..', spec);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  const found = candidates.find((candidate) => {
    try {
      return statSync(candidate).isFile();
    } catch {
      return false;
    }
  });
  return found ? relative(ROOT, found) : null;
}

const edgeCache = new Map<string, Edge[]>();
/**
 * Every import of a file: static imports and re-exports (from the top-level statements, so
 * `import type` is told apart), and dynamic `import('…')` anywhere, counted as run time.
 */
function edgesOf(file: string): Edge[] {
  const cached = edgeCache.get(file);
  if (cached) return cached;
  const path = join(ROOT, file);
  const text = readFileSync(path, 'utf8');
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false);
  const edges: Edge[] = [];
  const add = (spec: string, typeOnly: boolean, dynamic = false) => {
    const to = resolveSpec(path, spec);
    if (to) edges.push({ to, typeOnly, dynamic });
  };
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier))
      add(statement.moduleSpecifier.text, statement.importClause?.isTypeOnly ?? false);
    else if (
      ts.isExportDeclaration(statement) &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier)
    )
      add(statement.moduleSpecifier.text, statement.isTypeOnly);
  }
  for (const match of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) add(match[1]!, false, true);
  edgeCache.set(file, edges);
  return edges;
}

/**
 * Everything a file loads at run time, transitively (type imports left out); with `staticOnly`,
 * what it loads before its code runs (the first chunk), without what it imports dynamically.
 */
function runtimeGraph(entry: string, staticOnly = false): string[] {
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.startsWith('pkg:'))
      for (const edge of edgesOf(file)) if (!edge.typeOnly && !(staticOnly && edge.dynamic)) walk(edge.to);
  };
  walk(entry);
  return [...seen];
}

/** Import cycles (type edges included), each as the files of one strongly connected component. */
function importCycles(files: string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const connect = (file: string) => {
    index.set(file, next);
    low.set(file, next);
    next += 1;
    stack.push(file);
    onStack.add(file);
    for (const { to } of edgesOf(file)) {
      if (to.startsWith('pkg:')) continue;
      if (!index.has(to)) {
        connect(to);
        low.set(file, Math.min(low.get(file)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(file, Math.min(low.get(file)!, index.get(to)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    const selfImport = edgesOf(file).some((edge) => edge.to === file);
    if (component.length > 1 || selfImport) cycles.push(component.sort());
  };
  for (const file of files) if (!index.has(file)) connect(file);
  return cycles;
}

const productFiles = PRODUCT.flatMap((dir) => sourceFiles(join(ROOT, dir))).map((file) => relative(ROOT, file));
const entrypoints = productFiles.filter((file) => file.startsWith('entrypoints/'));
const isDatabase = (file: string) => file.startsWith('lib/db/') || file === 'pkg:dexie';

/** Files of `from` that import (at run time or as types) something `forbidden` names. */
function importsOf(from: (file: string) => boolean, forbidden: (target: string) => boolean): string[] {
  return productFiles.filter(from).flatMap((file) =>
    edgesOf(file)
      .filter((edge) => forbidden(edge.to))
      .map((edge) => `${file} → ${edge.to}`),
  );
}

describe('architecture boundaries', () => {
  // Parses every product file: give it time on a busy machine.
  it('has no import cycle in product code, type imports included', { timeout: 30_000 }, () => {
    expect(importCycles(productFiles)).toEqual([]);
  });

  it('finds a cycle that closes only through a type import (the check itself works)', () => {
    edgeCache.set('x/a.ts', [{ to: 'x/b.ts', typeOnly: false }]);
    edgeCache.set('x/b.ts', [{ to: 'x/a.ts', typeOnly: true }]);
    edgeCache.set('x/c.ts', [{ to: 'x/a.ts', typeOnly: false }]);
    expect(importCycles(['x/c.ts', 'x/a.ts', 'x/b.ts'])).toEqual([['x/a.ts', 'x/b.ts']]);
  });

  it('opens the database (lib/db, dexie) only from the background', () => {
    for (const entry of entrypoints) {
      if (entry === 'entrypoints/background.ts') continue;
      expect(runtimeGraph(entry).filter(isDatabase), entry).toEqual([]);
    }
    // Dexie itself is imported in one place.
    expect(
      importsOf(
        (file) => !file.startsWith('lib/db/'),
        (to) => to === 'pkg:dexie',
      ),
    ).toEqual([]);
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

  it('keeps React, Dexie, zod and i18next out of the LinkedIn watcher (every LinkedIn page once opted in)', () => {
    const graph = runtimeGraph('entrypoints/linkedin.content.ts');
    const heavy = graph.filter((file) => /^pkg:(react|react-dom|dexie|zod|i18next|zustand)(\/|$)/.test(file));
    expect(heavy).toEqual([]);
    // The watcher is lib/linkedin plus the small shared modules it sends, reads consent, keeps
    // confirmed shares and measures with (README, "Architecture").
    const allowed =
      /^(entrypoints\/linkedin\.content\.ts|lib\/(linkedin\/|messaging\/send\.ts|settings\/|shares\/(event-id|outbox[\w-]*)\.ts|text\/))/;
    expect(graph.filter((file) => !file.startsWith('pkg:') && !allowed.test(file))).toEqual([]);
    // WXT's storage layer is about 3 KB gzip of a 10 KB budget (P1): the watcher reads consent
    // straight through browser.storage (lib/settings/direct.ts), never through the storage items.
    expect(
      graph.filter((file) =>
        /^(pkg:wxt\/utils\/storage|pkg:@wxt-dev\/storage|lib\/settings\/(index|stored)\.ts)$/.test(file),
      ),
    ).toEqual([]);
  });

  it('keeps lib/ framework-free: no React, zustand, components, stores or entrypoints', () => {
    expect(
      importsOf(
        (file) => file.startsWith('lib/'),
        (to) => /^pkg:(react|react-dom|zustand)(\/|$)/.test(to) || /^(components|stores|entrypoints)\//.test(to),
      ),
    ).toEqual([]);
  });

  it('lets components and stores use lib/ but never an entrypoint, and stores only lib/', () => {
    expect(
      importsOf(
        (file) => /^(components|stores)\//.test(file),
        (to) => to.startsWith('entrypoints/'),
      ),
    ).toEqual([]);
    expect(
      importsOf(
        (file) => file.startsWith('stores/'),
        (to) => /^(components|stores|entrypoints)\//.test(to),
      ),
    ).toEqual([]);
  });

  it('keeps the results collector (lib/collector, a Node server) and its server packages out of every extension bundle', () => {
    const serverSide = (file: string) =>
      file.startsWith('lib/collector/') ||
      /^pkg:(fastify|@fastify\/|better-sqlite3|pg|@electric-sql\/pglite|node:)(\/|$)?/.test(file);
    for (const entry of entrypoints) expect(runtimeGraph(entry).filter(serverSide), entry).toEqual([]);
    // Nor as a type: nothing outside lib/collector imports it at all. The collector uses lib/results.
    expect(
      importsOf(
        (file) => !file.startsWith('lib/collector/'),
        (to) => to.startsWith('lib/collector/'),
      ),
    ).toEqual([]);
    expect(runtimeGraph('lib/collector/server.ts')).toEqual(
      expect.arrayContaining(['lib/results/report.ts', 'lib/results/estimate.ts', 'pkg:fastify']),
    );
  });

  it('keeps lib/results pure: no Node, browser-extension or framework API, so the worker, the studio and the collector share it', () => {
    const results = productFiles.filter((file) => file.startsWith('lib/results/'));
    expect(results.length).toBeGreaterThan(3);
    expect(
      importsOf(
        (file) => file.startsWith('lib/results/'),
        (to) => !/^lib\/(results\/|zod\.ts$)/.test(to),
      ),
    ).toEqual([]);
    for (const file of results)
      expect(readFileSync(join(ROOT, file), 'utf8'), file).not.toMatch(/\b(browser|chrome|window|document|process)\./);
  });

  it('touches IndexedDB only in lib/db (a content script or page would open its own, not the background one)', () => {
    const direct = productFiles.filter(
      (file) => !file.startsWith('lib/db/') && /\bindexedDB\b/.test(readFileSync(join(ROOT, file), 'utf8')),
    );
    expect(direct).toEqual([]);
  });

  it('names every part of lib/ in the README architecture table', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const row = readme.split('\n').find((line) => line.startsWith('| `lib/`'));
    expect(row, 'the README has a `lib/` row in its architecture table').toBeDefined();
    const parts = [
      ...new Set(productFiles.filter((file) => file.startsWith('lib/')).map((file) => file.split('/')[1]!)),
    ];
    expect(parts.filter((part) => !row!.includes(`\`${part.replace(/\.ts$/, '')}\``))).toEqual([]);
  });

  it('never lets one entrypoint import another', () => {
    const entryOf = (file: string) => file.split('/').slice(0, 2).join('/');
    expect(
      productFiles
        .filter((file) => file.startsWith('entrypoints/'))
        .flatMap((file) =>
          edgesOf(file)
            .filter((edge) => edge.to.startsWith('entrypoints/') && entryOf(edge.to) !== entryOf(file))
            .map((edge) => `${file} → ${edge.to}`),
        ),
    ).toEqual([]);
  });

  it('keeps the Feed studio out of the LinkedIn scripts, and the panel to its card in the studio', () => {
    const studioCode = (file: string) =>
      /^(components|lib)\/studio\/|^stores\/studio\.ts$|\/locales\/(en|da)\/studio\.ts$/.test(file);
    for (const entry of ['entrypoints/linkedin.content.ts', 'entrypoints/composer-panel.content/index.tsx']) {
      const graph = runtimeGraph(entry);
      expect(graph.filter(studioCode), entry).toEqual([]);
    }
    // Of the panel, the studio uses only the suggestion card and the stylesheet it is drawn with
    // (the insert text comes from lib/panel).
    const studio = runtimeGraph('entrypoints/studio/main.tsx');
    expect(studio.length).toBeGreaterThan(10);
    expect(studio.filter((file) => file.startsWith('components/panel/')).sort()).toEqual([
      'components/panel/SuggestionCard.tsx',
      'components/panel/panel.css',
    ]);
    // The card's store (stores/panel) carries the composer session it writes drafts through; no
    // watcher feature, message, database or background code comes with it.
    expect(studio.filter((file) => /^lib\/(linkedin\/features|messaging|db|background)\//.test(file))).toEqual([]);
  });

  it('loads the Feed studio’s checks, newsroom import and preview only after its first frame (issue 13.6)', () => {
    // The first render of a 500-item feed (≤ 300 ms) needs the forms and the list, not the zod
    // schema, the guideline rules, the RSS/Atom parser or the panel's card (components/studio/deferred.ts).
    const later = (file: string) =>
      /^pkg:(zod|@rgrove\/parse-xml)/.test(file) ||
      /^lib\/(feed\/(schema|validate|xml-feed)|guidelines\/checks|text\/similarity|studio\/(checks|import-items|preview))\.ts$/.test(
        file,
      ) ||
      /^components\/(panel|guidelines)\/.*\.tsx?$/.test(file) ||
      file === 'components/studio/Preview.tsx';
    const first = runtimeGraph('entrypoints/studio/main.tsx', true);
    expect(first.length).toBeGreaterThan(10);
    expect(first.filter(later)).toEqual([]);
    // They are still part of the studio, loaded on demand.
    expect(runtimeGraph('entrypoints/studio/main.tsx')).toEqual(
      expect.arrayContaining([
        'pkg:zod',
        'lib/studio/checks.ts',
        'lib/studio/import-items.ts',
        'components/studio/Preview.tsx',
        'components/panel/SuggestionCard.tsx',
      ]),
    );
  });
});
