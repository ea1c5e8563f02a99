/** A fresh Dexie database (fake-indexeddb) per test, deleted afterwards. */
import Dexie from 'dexie';
import { afterEach, beforeEach } from 'vitest';
import { openDb, type AdvocacyDb } from '@/lib/worker/db';

/** Call inside a describe: opens `<name>-<random>` before each test and deletes it after. Returns the current one. */
export function useTestDb(name: string): () => AdvocacyDb {
  let db: AdvocacyDb | null = null;
  beforeEach(() => {
    db = openDb(`${name}-${Math.random()}`);
  });
  afterEach(async () => {
    await db?.delete();
    db = null;
  });
  return () => {
    if (!db) throw new Error('useTestDb: the database exists only inside a test');
    return db;
  };
}

/**
 * A database as version 1 of lib/worker/db declared it (its schema, before the upgrade to
 * version 2), for tests of data stored by an older release. Close it before opening the current one.
 */
export function openVersion1(name: string): Dexie {
  const old = new Dexie(name);
  old.version(1).stores({
    feedItems: 'id, datePublished, campaign',
    feedMeta: 'key',
    syncState: 'key',
    shares: 'id, at, suggestionId, campaign',
  });
  return old;
}
