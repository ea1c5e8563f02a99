/** A fresh Dexie database (fake-indexeddb) per test, deleted afterwards. */
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
