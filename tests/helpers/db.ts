/** A fresh Dexie database (fake-indexeddb) per test, deleted afterwards. */
import { afterEach, beforeEach } from 'vitest';
import { openDb, type AdvocacyDb, type StoredFeedItem } from '@/lib/db';
import { toStoredItems } from '@/lib/feed/stored-feed';
import { validateFeed } from '@/lib/feed/validate';

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
 * Feed rows as a sync stores them (database version 2): the items validated, normalized and
 * ranked by the product's own code. Each item needs an https `url`.
 */
export function storedItems(items: Record<string, unknown>[]): StoredFeedItem[] {
  const result = validateFeed({ version: 'https://jsonfeed.org/version/1.1', title: 'Test feed', items });
  if (!result.ok) throw new Error(`storedItems: ${JSON.stringify(result.issues)}`);
  return toStoredItems(result.feed);
}
