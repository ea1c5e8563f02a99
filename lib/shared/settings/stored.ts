/**
 * A stored setting: a WXT storage item whose every read goes through its reader (a schema
 * with defaults, ./read.ts), with a version and numbered migrations (`checkedFromVersion1`, ./declared.ts). So a
 * value written by an older build, or of any wrong shape, can never break a surface (R10).
 *
 * WXT writes the version mark (`<key>$`) only for items that have migrations, so every item
 * here has them (version 1 builds wrote no mark: WXT reads a missing mark as version 1).
 */
import { storage } from 'wxt/utils/storage';
import { declareStored, type Migrations, type StoredDeclaration, type StoredKey } from './declared';
import type { Reader } from './read';

export type { Migrations } from './declared';

export interface StoredItem<T> {
  readonly key: string;
  readonly fallback: T;
  readonly version: number;
  readonly migrations: Migrations;
  /** The stored value read through the reader (the fallback when nothing is stored). */
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
  /** Calls `cb` with the new and the previous value, both read through the reader. Returns the unwatch. */
  watch(cb: (next: T, previous: T) => void): () => void;
  /** Runs the migrations now (WXT also starts them when the item is defined). */
  migrate(): Promise<void>;
}

/** Declares a stored item (./declared.ts) and gives its WXT item, read through its reader. */
export function defineStoredItem<T>(
  key: StoredKey,
  options: { fallback: T; read: Reader<T>; version: number; migrations: Migrations },
): StoredItem<T> {
  return storedItemOf(declareStored(key, options));
}

/** The WXT item of a declaration made elsewhere (one the watcher also reads directly). */
export function storedItemOf<T>(declared: StoredDeclaration<T>): StoredItem<T> {
  const { key, fallback, read, version, migrations } = declared;
  const item = storage.defineItem<T>(key, { fallback, version, migrations });
  return {
    key,
    fallback,
    version,
    migrations,
    getValue: async () => read(await item.getValue()),
    setValue: (value) => item.setValue(value),
    removeValue: () => item.removeValue(),
    watch: (cb) => {
      let watching = true;
      const unwatch = item.watch((next, previous) => {
        if (watching) cb(read(next), read(previous));
      });
      return () => {
        watching = false;
        try {
          unwatch();
        } catch {
          // The extension was updated or reloaded under this page (the old panel unmounting):
          // WXT's storage throws without `browser.runtime`, and no change reaches us any more.
        }
      };
    },
    migrate: () => item.migrate(),
  };
}

/** One value for one stored setting, typed by the item (for setStoredValues). */
export interface StoredValue {
  key: string;
  version: number;
  value: unknown;
}
export function storedValue<T>(item: StoredItem<T>, value: T): StoredValue {
  return { key: item.key, version: item.version, value };
}

/**
 * Writes several stored settings in one `storage.local.set`: a page closed (or a worker stopped)
 * between two separate writes would keep only the first, such as a consent without its history line.
 * Each value goes with its version mark (`<key>$`, as WXT's own setValue writes it on a first
 * write), so the value is never read later as an unmarked version 1 value.
 */
export function setStoredValues(values: StoredValue[]): Promise<void> {
  return storage.setItems(
    values.flatMap(({ key, version, value }) => [
      { key: key as `local:${string}`, value },
      { key: `${key}$` as `local:${string}`, value: { v: version } },
    ]),
  );
}
