/**
 * The extension's IndexedDB database. Opened ONLY in the background service worker:
 * IndexedDB opened from a content script would belong to linkedin.com (architecture, constraint 1).
 * A meta-test (tests/unit/boundaries.test.ts) fails if any other entrypoint imports this module.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { ShareEvent, StoredFeedItem, StoredFeedMeta, SyncState } from './types';

export type { ShareEvent, StoredFeedItem, StoredFeedMeta, SyncState } from './types';

export type AdvocacyDb = Dexie & {
  feedItems: EntityTable<StoredFeedItem, 'id'>;
  feedMeta: EntityTable<StoredFeedMeta, 'key'>;
  syncState: EntityTable<SyncState, 'key'>;
  shares: EntityTable<ShareEvent, 'id'>;
};

export const DB_NAME = 'advocacy';

/**
 * Every schema version stays listed; a version that transforms data gets an `.upgrade()`
 * and a test of its own (version 1 only creates the tables).
 */
export function openDb(name = DB_NAME): AdvocacyDb {
  const db = new Dexie(name) as AdvocacyDb;
  db.version(1).stores({
    feedItems: 'id, datePublished, campaign',
    feedMeta: 'key',
    syncState: 'key',
    shares: 'id, at, suggestionId, campaign',
  });
  return db;
}

let shared: AdvocacyDb | undefined;
/**
 * The background's database handle. Dexie reopens lazily, so keeping the handle is safe
 * when the worker is stopped: a fresh worker simply creates a new one.
 */
export function getDb(): AdvocacyDb {
  shared ??= openDb();
  return shared;
}
