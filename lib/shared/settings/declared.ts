/**
 * The one registry of stored data (R10): every key the extension keeps in `browser.storage.local`
 * or `.session` is declared once, here or through `defineStoredItem` (./stored.ts), with its
 * reader (defaults for any older or wrong shape, ./read.ts), its version and numbered
 * migrations. Families of keys (`outbox.<id>`, the studio draft's chunks) are declared once
 * with their prefix. Product code reaches storage only through a declaration: WXT's storage
 * items (./stored.ts) or the WXT-free direct access (./direct.ts) that the always-on watcher
 * uses (P1). tests/unit/stored-registry.test.ts fails on a raw key anywhere else.
 *
 * Free of WXT's storage layer and of zod, so every bundle can import it.
 */
import type { Reader } from './read';

/** Version N's migration gets the value as version N-1 stored it (any shape) and returns version N's. */
export type Migrations = Record<number, (stored: unknown) => unknown>;

export type StoredArea = 'local' | 'session';
/** WXT's spelling of a key: the area, a colon, the key in that area. */
export type StoredKey = `local:${string}` | `session:${string}`;

/** A key in a storage area that a declaration made (never a string written by hand). */
export type StoredName = string & { readonly declared: unique symbol };

/** One stored value under one key. */
export interface StoredDeclaration<T> {
  readonly key: StoredKey;
  readonly area: StoredArea;
  /** The key inside the area (`consent` for `local:consent`). */
  readonly name: StoredName;
  readonly fallback: T;
  readonly read: Reader<T>;
  readonly version: number;
  readonly migrations: Migrations;
}

/** Many values of one kind, one key each: `<prefix><id>`. */
export interface StoredFamily<T> {
  readonly key: StoredKey;
  readonly area: StoredArea;
  readonly prefix: string;
  /** An entry read through its reader, or undefined when the value is not one (left alone). */
  readonly read: (value: unknown) => T | undefined;
  readonly version: number;
  readonly migrations: Migrations;
  /** The key of one entry. */
  nameOf(id: string | number): StoredName;
  /** Whether a key in the area belongs to this family. */
  owns(name: string): boolean;
}

function split(key: StoredKey): { area: StoredArea; name: StoredName } {
  const colon = key.indexOf(':');
  return { area: key.slice(0, colon) as StoredArea, name: key.slice(colon + 1) as StoredName };
}

/** Declares one stored key (`local:<name>` or `session:<name>`). */
export function declareStored<T>(
  key: StoredKey,
  options: { fallback: T; read: Reader<T>; version: number; migrations: Migrations },
): StoredDeclaration<T> {
  return { key, ...split(key), ...options };
}

/** Declares a family of keys `<prefix><id>` (`key` is WXT's spelling of the prefix, e.g. `local:outbox.`). */
export function declareStoredFamily<T>(
  key: StoredKey,
  options: { read: (value: unknown) => T | undefined; version: number; migrations: Migrations },
): StoredFamily<T> {
  const { area, name: prefix } = split(key);
  return {
    key,
    area,
    prefix,
    ...options,
    nameOf: (id) => `${prefix}${id}` as StoredName,
    owns: (name) => name.startsWith(prefix),
  };
}

/**
 * Version 2 of most items: the first version whose stored value is known to be complete.
 * Version 1 builds wrote values without a version mark and without a check, so a version 1
 * value may miss fields or be of any shape: the migration reads it through the item's reader
 * (defaults for what is missing or wrong) and stores the result. A later change of shape adds
 * migration 3, written against the version 2 shape.
 */
export function checkedFromVersion1<T>(read: Reader<T>): Migrations {
  return { 2: (version1: unknown) => read(version1) };
}
