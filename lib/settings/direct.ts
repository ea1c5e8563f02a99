/**
 * One stored setting read and watched straight through `browser.storage.local`, for the
 * always-on LinkedIn watcher (P1: WXT's storage layer alone is about 3 KB gzip there).
 *
 * Same keys and shapes as the items in ./index.ts: WXT keeps `local:consent` under the key
 * `consent`, and its version mark under `consent$`, which this never touches. The watcher never
 * writes settings and runs no migrations (the background, which defines the items, runs them);
 * reading through the item's reader gives what the item gives for any stored shape, because
 * every migration so far is that same reader (checkedFromVersion1).
 */
import { browser } from 'wxt/browser';
import type { Reader } from './read';

/** The value stored under `key`, read through `read`; `fallback` when nothing is stored. */
export async function readStored<T>(key: string, read: Reader<T>, fallback: T): Promise<T> {
  const stored: Record<string, unknown> = await browser.storage.local.get(key);
  return stored[key] == null ? fallback : read(stored[key]);
}

/** Calls `cb` with every new value stored under `key` (read through `read`). Returns the unwatch. */
export function watchStored<T>(key: string, read: Reader<T>, fallback: T, cb: (next: T) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(key in changes)) return;
    const next = changes[key]!.newValue;
    cb(next == null ? fallback : read(next));
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    try {
      browser.storage.onChanged.removeListener(listener);
    } catch {
      // The extension was updated or reloaded under this page: its APIs throw "Extension context
      // invalidated", and there is no listener left to remove (the old script is stopping).
    }
  };
}
