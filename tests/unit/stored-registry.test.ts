/**
 * One registry of stored data (R10, issue 23): every key in `browser.storage.local` and
 * `.session` is declared once (lib/shared/settings/declared.ts: `declareStored`, `declareStoredFamily`,
 * or `defineStoredItem`, which declares), with a reader with defaults, a version and numbered
 * migrations. Product code reaches storage only through those declarations: this test fails on a
 * raw storage call or a raw key anywhere else, on a key declared twice, and on a declaration whose
 * migrations are not numbered 2..version.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const ROOT = resolve(import.meta.dirname, '../..');
const PRODUCT = ['entrypoints', 'components', 'stores', 'lib'];
/** The registry itself: declarations, WXT's items, and the WXT-free direct access. */
const REGISTRY = ['lib/shared/settings/declared.ts', 'lib/shared/settings/stored.ts', 'lib/shared/settings/direct.ts'];
const DECLARE = /\b(declareStored|declareStoredFamily|defineStoredItem)\s*(<[^;]*?>)?\(\s*$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const files = PRODUCT.flatMap((dir) => sourceFiles(join(ROOT, dir))).map((path) => relative(ROOT, path));

/** The code of a file without its comments (string literals kept). */
function code(file: string): string {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.JSX, text);
  let out = '';
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.SingleLineCommentTrivia || kind === ts.SyntaxKind.MultiLineCommentTrivia) continue;
    out += scanner.getTokenText();
  }
  return out;
}

/** Every WXT-style key literal (`'local:…'`, `` `session:…` ``) in a file, with the code before it. */
function keyLiterals(file: string): { key: string; before: string }[] {
  const text = code(file);
  return [...text.matchAll(/(['"`])((?:local|session):[^'"`]*)\1/g)].map((match) => ({
    key: match[2]!,
    before: text.slice(Math.max(0, match.index - 200), match.index),
  }));
}

describe('the registry of stored data', () => {
  it('is the only way to storage: no raw storage call in product code', () => {
    const raw =
      /\b(browser|chrome)\s*\.\s*storage\s*\.\s*(local|session)\b|\bstorage\s*\.\s*(defineItem|getItems?|setItems?|removeItems?|watch|getMeta|setMeta|removeMeta|clear)\s*\(/;
    const offenders = files.filter((file) => !REGISTRY.includes(file) && raw.test(code(file)));
    expect(offenders).toEqual([]);
  });

  it('holds every key: a key literal appears only as the key of its one declaration', () => {
    const undeclared: string[] = [];
    const declared = new Map<string, string[]>();
    for (const file of files.filter((name) => !REGISTRY.includes(name))) {
      for (const { key, before } of keyLiterals(file)) {
        if (!DECLARE.test(before)) undeclared.push(`${file}: ${key}`);
        else declared.set(key, [...(declared.get(key) ?? []), file]);
      }
    }
    expect(undeclared).toEqual([]);
    const twice = [...declared].filter(([, where]) => where.length > 1);
    expect(twice).toEqual([]);
    // The families and items this registry is known to hold (a sample, so the scan cannot pass empty).
    for (const key of ['local:outbox.', 'local:studioDraft', 'local:studioDraft:items:', 'local:badge']) {
      expect([...declared.keys()]).toContain(key);
    }
    for (const key of ['local:statsCache', 'local:seenSuggestions', 'session:pendingOwnLinks', 'local:layoutSignals']) {
      expect([...declared.keys()]).toContain(key);
    }
    expect([...declared.keys()]).toContain('local:managedPolicyCache');
  });

  it('gives each declaration a reader, a version and migrations numbered 2..version; no family swallows a key', async () => {
    const declaring = files.filter((file) => !REGISTRY.includes(file) && keyLiterals(file).length > 0);
    const found: { key: string; version: number; migrations: Record<number, unknown>; prefix?: string }[] = [];
    for (const file of declaring) {
      const module = (await import(/* @vite-ignore */ `@/${file.replace(/\.tsx?$/, '')}`)) as Record<string, unknown>;
      for (const value of Object.values(module)) {
        if (!value || typeof value !== 'object' || !('key' in value) || !('migrations' in value)) continue;
        found.push(value as (typeof found)[number]);
      }
    }
    const keys = new Set(found.map((entry) => entry.key));
    // Every key the scan found declared is a declaration this test checked.
    const scanned = declaring.flatMap((file) => keyLiterals(file).map(({ key }) => key));
    expect(scanned.filter((key) => !key.includes('${') && !keys.has(key))).toEqual([]);
    for (const { key, version, migrations } of found) {
      const numbers = Object.keys(migrations).map(Number);
      const expected = Array.from({ length: Math.max(0, version - 1) }, (_, i) => i + 2);
      expect({ key, numbers }).toEqual({ key, numbers: expected });
    }
    const prefixes = found.filter((entry) => entry.prefix !== undefined).map((entry) => entry.key);
    for (const prefix of prefixes) {
      const swallowed = [...keys].filter((key) => key !== prefix && key.startsWith(prefix));
      expect({ prefix, swallowed }).toEqual({ prefix, swallowed: [] });
    }
  });

  it('reads every older or wrong shape of the items this issue brought in as their defaults (R10)', async () => {
    const { badgeSettingItem, seenSuggestionsItem } = await import('@/lib/shared/badge');
    const { statsCacheItem } = await import('@/lib/worker/stats/handler');
    const { pendingOwnLinksItem } = await import('@/lib/worker/this-page/own-link');
    const { failureSignalsItem } = await import('@/lib/worker/health/report');
    const { MANAGED_POLICY_CACHE } = await import('@/lib/shared/settings/managed');
    const { readStored } = await import('@/lib/shared/settings/direct');
    await fakeBrowser.storage.local.set({
      badge: 'yes',
      seenSuggestions: { ids: ['a', 7, 'b'], at: 'not a time' },
      statsCache: { cutoffKey: 5 },
      layoutSignals: { trigger: 'nope', at: '2026-12-01T10:00Z', page: 'feed', signals: {} },
      managedPolicyCache: { feedUrl: 42 },
    });
    await fakeBrowser.storage.session.set({
      pendingOwnLinks: [{ tabId: 3, url: 'https://example.com/', at: '2026-12-01T10:00:00Z' }, { tabId: 'x' }, null],
    });
    expect(await badgeSettingItem.getValue()).toEqual({ enabled: true });
    expect(await seenSuggestionsItem.getValue()).toBeNull();
    expect(await statsCacheItem.getValue()).toBeNull();
    expect(await failureSignalsItem.getValue()).toBeNull();
    expect(await readStored(MANAGED_POLICY_CACHE)).toBeNull();
    expect(await pendingOwnLinksItem.getValue()).toEqual([
      { tabId: 3, url: 'https://example.com/', at: '2026-12-01T10:00:00Z' },
    ]);
    await fakeBrowser.storage.local.set({ seenSuggestions: { ids: ['a', 7, 'b'], at: '2026-12-01T10:00:00Z' } });
    expect(await seenSuggestionsItem.getValue()).toEqual({ ids: ['a', 'b'], at: '2026-12-01T10:00:00Z' });
  });
});
