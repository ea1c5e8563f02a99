/**
 * Meta-tests for the architecture (README, "Architecture"): where code runs, read off the tree
 * (lib/<runtime>/ for what one runtime loads, lib/shared/ for what several do, with the
 * runtimes and their entrypoints declared in .config/runtimes.json), which part may import
 * which, the database only in the worker, the LinkedIn watcher free of React, Dexie, zod and
 * i18next, and no import cycle anywhere in product code — type imports included, since a type
 * edge is one refactor away from a real one.
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

/**
 * WXT's aliases (wxt.config.ts): the content-script context every content script's generated
 * entry imports is our own file, so it counts as imported by each of them.
 */
const wxtAliases = new Map(
  [...readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8').matchAll(/'(wxt\/[\w/-]+)':\s*'([\w/.-]+)'/g)].map((match) => [
    match[1]!,
    match[2]!,
  ]),
);
const CONTENT_SCRIPT_CONTEXT = 'wxt/utils/content-script-context';

function resolveSpec(from: string, rawSpec: string): string | null {
  // `style.css?inline` is an import of style.css as much as any other.
  const spec = rawSpec.replace(/\?[\w&=]*$/, '');
  const alias = wxtAliases.get(spec);
  if (alias) return alias;
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
  // WXT wraps a content script's entry in code that imports the (aliased) content-script context.
  if (/^entrypoints\/[^/]+\.content(\.ts|\/index\.tsx?)$/.test(file)) add(CONTENT_SCRIPT_CONTEXT, false);
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

// --- Where code runs -------------------------------------------------------------------------

interface RuntimeDeclaration {
  runsIn: string;
  entrypoints: string[];
  packagesNotAllowed: string[];
}
const layout = JSON.parse(readFileSync(join(ROOT, '.config/runtimes.json'), 'utf8')) as {
  runtimes: Record<string, RuntimeDeclaration>;
  serverPackages: string[];
};
const runtimes = Object.keys(layout.runtimes);

/** The runtime a lib/ file's place names: a runtime, 'shared', or undefined (outside lib/). */
const folderOf = (file: string) => /^lib\/([^/]+)\//.exec(file)?.[1];

/**
 * Each runtime's entry files: every product file of its declared entrypoints (a file, or a
 * folder with all in it); Node's are the lib/ files package.json's scripts run with tsx.
 */
function entriesOf(runtime: string): string[] {
  if (runtime === 'node') {
    const scripts = Object.values(
      (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts,
    );
    return scripts.flatMap((script) => [...script.matchAll(/\btsx (lib\/\S+\.ts)\b/g)].map((match) => match[1]!));
  }
  return layout.runtimes[runtime]!.entrypoints.flatMap((name) =>
    entrypoints.filter((file) => file === `entrypoints/${name}` || file.startsWith(`entrypoints/${name}/`)),
  );
}
const entriesByRuntime = new Map(runtimes.map((runtime) => [runtime, entriesOf(runtime)]));

/** For every file, the runtimes that load it at run time (`import type` erased). */
function runtimesLoading(entries: Map<string, string[]>): Map<string, Set<string>> {
  const loadedBy = new Map<string, Set<string>>();
  for (const [runtime, files] of entries)
    for (const entry of files)
      for (const file of runtimeGraph(entry)) {
        if (!loadedBy.has(file)) loadedBy.set(file, new Set());
        loadedBy.get(file)!.add(runtime);
      }
  return loadedBy;
}

/** A module of types only: erased from every build, so no runtime loads it. */
function typesOnly(file: string): boolean {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, false);
  return source.statements.every(
    (statement) =>
      ts.isInterfaceDeclaration(statement) ||
      ts.isTypeAliasDeclaration(statement) ||
      (ts.isImportDeclaration(statement) && (statement.importClause?.isTypeOnly ?? false)) ||
      (ts.isExportDeclaration(statement) && statement.isTypeOnly),
  );
}

/**
 * What is out of place, from the import graph: a runtime's folder loaded by another runtime, a
 * shared file only one runtime loads (it belongs in that one's folder), code no runtime loads.
 */
function misplaced(files: string[], loadedBy: Map<string, Set<string>>, isTypesOnly: (file: string) => boolean) {
  return files.flatMap((file) => {
    const folder = folderOf(file);
    const by = [...(loadedBy.get(file) ?? [])].sort();
    if (by.length === 0)
      return isTypesOnly(file) ? [] : [`${file}: no runtime loads it (dead code, or an entry not declared)`];
    if (folder === 'shared')
      return by.length === 1 ? [`${file}: only the ${by[0]} loads it: move it to lib/${by[0]}/`] : [];
    const others = by.filter((runtime) => runtime !== folder);
    return others.length ? [`${file}: runs in the ${folder} only, but the ${others.join(' and the ')} load it`] : [];
  });
}

const libFiles = productFiles.filter((file) => file.startsWith('lib/'));
const isDatabase = (file: string) => file.startsWith('lib/worker/db/') || file === 'pkg:dexie';

/** Files of `from` that import (at run time or as types) something `forbidden` names. */
function importsOf(from: (file: string) => boolean, forbidden: (target: string) => boolean): string[] {
  return productFiles.filter(from).flatMap((file) =>
    edgesOf(file)
      .filter((edge) => forbidden(edge.to))
      .map((edge) => `${file} → ${edge.to}`),
  );
}

describe('where code runs (lib/<runtime>/, lib/shared/)', () => {
  it('has one lib/ folder per runtime of .config/runtimes.json, plus lib/shared/, and nothing else at the top', () => {
    const top = [...new Set(libFiles.map((file) => file.split('/')[1]!))].sort();
    expect(top).toEqual([...runtimes, 'shared'].sort());
  });

  it('gives every entrypoint exactly one runtime, and runs Node only from lib/node/', () => {
    const names = readdirSync(join(ROOT, 'entrypoints')).sort();
    const declared = runtimes.flatMap((runtime) => layout.runtimes[runtime]!.entrypoints);
    expect(declared.sort()).toEqual(names);
    const node = entriesByRuntime.get('node')!;
    expect(node.length).toBeGreaterThan(3);
    expect(node.filter((file) => !file.startsWith('lib/node/'))).toEqual([]);
  });

  // Parses every product file: give it time on a busy machine.
  it(
    'loads a runtime’s folder only in that runtime, keeps in lib/shared/ only what several load, and has no dead code',
    { timeout: 30_000 },
    () => {
      expect(misplaced(libFiles, runtimesLoading(entriesByRuntime), typesOnly)).toEqual([]);
    },
  );

  it('finds each kind of misplaced file (the check itself works)', () => {
    // Made-up files (no extension, so no reader takes them for real paths).
    edgeCache.set('x/worker-entry.ts', [
      { to: 'lib/worker/db', typeOnly: false },
      { to: 'lib/shared/alone', typeOnly: false },
      { to: 'lib/shared/both', typeOnly: false },
    ]);
    edgeCache.set('x/page-entry.ts', [
      { to: 'lib/worker/db', typeOnly: false },
      { to: 'lib/shared/both', typeOnly: false },
      { to: 'lib/worker/types', typeOnly: true },
    ]);
    for (const file of ['lib/worker/db', 'lib/shared/alone', 'lib/shared/both', 'lib/pages/dead'])
      edgeCache.set(file, []);
    const loadedBy = runtimesLoading(
      new Map([
        ['worker', ['x/worker-entry.ts']],
        ['pages', ['x/page-entry.ts']],
      ]),
    );
    const files = ['lib/worker/db', 'lib/shared/alone', 'lib/shared/both', 'lib/pages/dead', 'lib/worker/types'];
    expect(misplaced(files, loadedBy, (file) => file === 'lib/worker/types')).toEqual([
      'lib/worker/db: runs in the worker only, but the pages load it',
      'lib/shared/alone: only the worker loads it: move it to lib/worker/',
      'lib/pages/dead: no runtime loads it (dead code, or an entry not declared)',
    ]);
  });

  it('keeps each runtime’s packages out of it: the database only in the worker, the watcher small (P1), server packages only in Node', () => {
    for (const runtime of runtimes) {
      const { packagesNotAllowed } = layout.runtimes[runtime]!;
      const notAllowed = runtime === 'node' ? packagesNotAllowed : [...packagesNotAllowed, ...layout.serverPackages];
      const forbidden = (file: string) =>
        notAllowed.some((name) => file === `pkg:${name}` || file.startsWith(`pkg:${name}/`)) ||
        (runtime !== 'node' && file.startsWith('pkg:node:'));
      for (const entry of entriesByRuntime.get(runtime)!)
        expect(runtimeGraph(entry).filter(forbidden), `${entry} (${runtime})`).toEqual([]);
    }
    expect(layout.runtimes.watcher!.packagesNotAllowed).toEqual(
      expect.arrayContaining(['react', 'react-dom', 'dexie', 'zod', 'i18next', 'zustand']),
    );
  });
});

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

  it('opens the database (lib/worker/db, dexie) only from the worker', () => {
    for (const entry of entrypoints) {
      if (entry === 'entrypoints/background.ts') continue;
      expect(runtimeGraph(entry).filter(isDatabase), entry).toEqual([]);
    }
    // Dexie itself is imported in one place.
    expect(
      importsOf(
        (file) => !file.startsWith('lib/worker/db/'),
        (to) => to === 'pkg:dexie',
      ),
    ).toEqual([]);
  });

  it('builds every zod schema through lib/shared/zod.ts, which turns off the eval probe first (Firefox CSP errors)', () => {
    const everything = ['lib', 'components', 'stores', 'entrypoints'].flatMap((dir) => sourceFiles(join(ROOT, dir)));
    const direct = everything.filter(
      (file) =>
        relative(ROOT, file) !== 'lib/shared/zod.ts' &&
        /^\s*import\s+(?!type\b)[^'"]*?from\s+['"]zod(\/[^'"]*)?['"]/m.test(readFileSync(file, 'utf8')),
    );
    expect(direct.map((file) => relative(ROOT, file))).toEqual([]);
    expect(readFileSync(join(ROOT, 'lib/shared/zod.ts'), 'utf8')).toMatch(/z\.config\(\{ jitless: true \}\)/);
  });

  it('keeps the LinkedIn watcher to its own folder and small shared modules (every LinkedIn page once opted in)', () => {
    const graph = runtimeGraph('entrypoints/linkedin.content.ts');
    // Its packages are checked above. Of lib/shared/ it loads the LinkedIn page code, sending,
    // consent, the share outbox and text similarity (README, "Architecture"); nothing else.
    const allowed =
      /^(entrypoints\/linkedin\.content\.ts|lib\/watcher\/|lib\/shared\/(linkedin\/|messaging\/send\.ts|settings\/|shares\/outbox[\w-]*\.ts|text\/))/;
    expect(graph.filter((file) => !file.startsWith('pkg:') && !allowed.test(file))).toEqual([]);
    // WXT's storage layer is about 3 KB gzip of a 10 KB budget (P1): the watcher reads consent
    // straight through browser.storage (lib/shared/settings/direct.ts), never through the storage items.
    expect(
      graph.filter((file) =>
        /^(pkg:wxt\/utils\/storage|pkg:@wxt-dev\/storage|lib\/shared\/settings\/(index|stored)\.ts)$/.test(file),
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

  it('keeps the results collector (lib/node/collector) out of every extension bundle, even as a type', () => {
    // Its server packages and lib/node/ are kept out by the runtime checks above; nothing outside
    // the collector imports it at all. The collector uses the shared report format.
    expect(
      importsOf(
        (file) => !file.startsWith('lib/node/collector/'),
        (to) => to.startsWith('lib/node/collector/'),
      ),
    ).toEqual([]);
    expect(runtimeGraph('lib/node/collector/server.ts')).toEqual(
      expect.arrayContaining(['lib/shared/results/report.ts', 'lib/node/results/estimate.ts', 'pkg:fastify']),
    );
  });

  it('keeps the programme-results core pure (lib/*/results): no Node, browser-extension or framework API', () => {
    const results = productFiles.filter((file) => /^lib\/\w+\/results\//.test(file));
    expect(results.length).toBeGreaterThan(3);
    expect(
      importsOf(
        (file) => results.includes(file),
        (to) => !/^lib\/(\w+\/results\/|shared\/zod\.ts$)/.test(to),
      ),
    ).toEqual([]);
    for (const file of results)
      expect(readFileSync(join(ROOT, file), 'utf8'), file).not.toMatch(/\b(browser|chrome|window|document|process)\./);
  });

  it('touches IndexedDB only in lib/worker/db (a content script or page would open its own, not the worker’s)', () => {
    const direct = productFiles.filter(
      (file) => !file.startsWith('lib/worker/db/') && /\bindexedDB\b/.test(readFileSync(join(ROOT, file), 'utf8')),
    );
    expect(direct).toEqual([]);
  });

  it('names every folder of lib/ in the README architecture table', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const row = readme.split('\n').find((line) => line.startsWith('| `lib/`'));
    expect(row, 'the README has a `lib/` row in its architecture table').toBeDefined();
    expect([...runtimes, 'shared'].filter((part) => !row!.includes(`\`${part}/\``))).toEqual([]);
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
      /^(components\/studio|lib\/pages\/studio)\/|^stores\/studio\.ts$|\/locales\/(en|da)\/studio\.ts$/.test(file);
    for (const entry of ['entrypoints/linkedin.content.ts', 'entrypoints/composer-panel.content/index.tsx']) {
      const graph = runtimeGraph(entry);
      expect(graph.filter(studioCode), entry).toEqual([]);
    }
    // Of the panel, the studio uses only the suggestion card and the stylesheet it is drawn with
    // (the insert text comes from lib/shared/panel).
    const studio = runtimeGraph('entrypoints/studio/main.tsx');
    expect(studio.length).toBeGreaterThan(10);
    expect(studio.filter((file) => file.startsWith('components/panel/')).sort()).toEqual([
      'components/panel/SuggestionCard.tsx',
      'components/panel/panel.css',
    ]);
    // The card's store (stores/panel) carries the composer session it writes drafts through; no
    // watcher feature, message, database or background code comes with it.
    expect(studio.filter((file) => /^lib\/(watcher|worker)\//.test(file))).toEqual([]);
  });

  it('loads the Feed studio’s checks, newsroom import and preview only after its first frame (issue 13.6)', () => {
    // The first render of a 500-item feed (≤ 300 ms) needs the forms and the list, not the zod
    // schema, the guideline rules, the RSS/Atom parser or the panel's card (components/studio/deferred.ts).
    const later = (file: string) =>
      /^pkg:(zod|@rgrove\/parse-xml)/.test(file) ||
      /^lib\/(shared\/(feed\/(schema|validate|xml-feed)|guidelines\/checks|text\/similarity)|pages\/studio\/(checks|import-items|preview))\.ts$/.test(
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
        'lib/pages/studio/checks.ts',
        'lib/pages/studio/import-items.ts',
        'components/studio/Preview.tsx',
        'components/panel/SuggestionCard.tsx',
      ]),
    );
  });
});
