/**
 * Stored data read and written straight through `browser.storage`, driven by the declarations
 * of ./declared.ts: for the always-on LinkedIn watcher (P1: WXT's storage layer alone is about
 * 3 KB gzip there), and for the families of keys (the share outbox, the studio draft's chunks).
 *
 * Same keys and shapes as the WXT items in ./index.ts: WXT keeps `local:consent` under the key
 * `consent`, and its version mark under `consent$`, which this never touches. The watcher never
 * writes settings and runs no migrations (the background, which defines the items, runs them);
 * reading through the declaration's reader gives what the item gives for any stored shape,
 * because every migration so far is that same reader (checkedFromVersion1).
 */
import { browser } from 'wxt/browser';
import type { StoredArea, StoredDeclaration, StoredFamily, StoredName } from './declared';

const area = (name: StoredArea) => browser.storage[name];

/** The value stored for `declared`, read through its reader; its fallback when nothing is stored. */
export async function readStored<T>(declared: StoredDeclaration<T>): Promise<T> {
  const stored: Record<string, unknown> = await area(declared.area).get(declared.name);
  const value = stored[declared.name];
  return value == null ? declared.fallback : declared.read(value);
}

/** Calls `cb` with every new value stored for `declared` (read through its reader). Returns the unwatch. */
export function watchStored<T>(declared: StoredDeclaration<T>, cb: (next: T) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, changed: string) => {
    if (changed !== declared.area || !(declared.name in changes)) return;
    const next = changes[declared.name]!.newValue;
    cb(next == null ? declared.fallback : declared.read(next));
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

/** Every entry of a family, by key, each read through the family's reader (other shapes left out). */
export async function readFamily<T>(family: StoredFamily<T>): Promise<Map<StoredName, T>> {
  const all: Record<string, unknown> = await area(family.area).get(null);
  const entries = new Map<StoredName, T>();
  for (const [name, value] of Object.entries(all)) {
    if (!family.owns(name)) continue;
    const entry = family.read(value);
    if (entry !== undefined) entries.set(name as StoredName, entry);
  }
  return entries;
}

/** The raw values stored under declared keys, in one read (for readers that combine several). */
export function getStoredValues(
  storedArea: StoredArea,
  names: readonly StoredName[],
): Promise<Record<string, unknown>> {
  return area(storedArea).get([...names]);
}

/** Writes values under declared keys in one `set` (they land together). */
export function setStoredValuesDirect(
  storedArea: StoredArea,
  values: Partial<Record<StoredName, unknown>>,
): Promise<void> {
  return area(storedArea).set(values);
}

/** Removes declared keys. */
export function removeStoredValues(storedArea: StoredArea, names: readonly StoredName[]): Promise<void> {
  return area(storedArea).remove([...names]);
}

/** Removes every entry of a family. */
export async function clearFamily(family: StoredFamily<unknown>): Promise<void> {
  const all = await area(family.area).get(null);
  const names = Object.keys(all).filter((name) => family.owns(name)) as StoredName[];
  if (names.length) await removeStoredValues(family.area, names);
}

/** Everything in an area (the person's export), keys as stored. */
export function readWholeArea(storedArea: StoredArea): Promise<Record<string, unknown>> {
  return area(storedArea).get(null);
}

/** Empties an area ("delete everything"). */
export function clearArea(storedArea: StoredArea): Promise<void> {
  return area(storedArea).clear();
}
