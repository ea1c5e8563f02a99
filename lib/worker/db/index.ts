/**
 * The extension's IndexedDB database. Opened ONLY in the background service worker:
 * IndexedDB opened from a content script would belong to linkedin.com (architecture, constraint 1).
 * A meta-test (tests/unit/boundaries.test.ts) fails if any other entrypoint imports this module.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { extensionRelease, fromVersion1 } from '../feed/stored-feed';
import type {
  ShareEvent,
  StoredFeedItem,
  StoredFeedItemV1,
  StoredFeedMeta,
  StoredFeedMetaV1,
  SyncState,
} from './types';

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
  // Version 2: the feed's rows hold the normalized suggestions in the order shown (ranked), the
  // envelope row the validated envelope; the other tables are untouched.
  db.version(2).stores({ feedItems: 'id, rank' }).upgrade(feedToVersion2);
  return db;
}

/**
 * Version 1's feed rows (the validated JSON Feed item in `data`, beside copied columns) become
 * version 2's, in the upgrade's one transaction: what still validates is normalized and kept, the
 * rest dropped with a logged reason. When something was dropped, the sync state forgets the last
 * download, so the next sync fetches the whole feed and stores it again.
 */
async function feedToVersion2(tx: Transaction): Promise<void> {
  const meta = (await tx.table('feedMeta').get('current')) as StoredFeedMetaV1 | undefined;
  const rows = (await tx.table('feedItems').toArray()) as StoredFeedItemV1[];
  const upgraded = fromVersion1(meta, rows, extensionRelease());
  for (const { id, reason } of upgraded.dropped) {
    console.warn(`[advocacy] database version 2: the stored feed item "${id}" was dropped (${reason})`);
  }
  await tx.table('feedItems').clear();
  await tx.table('feedItems').bulkPut(upgraded.items);
  if (upgraded.meta) await tx.table('feedMeta').put(upgraded.meta);
  else await tx.table('feedMeta').delete('current');
  if (upgraded.dropped.length || !upgraded.meta) {
    await tx
      .table('syncState')
      .toCollection()
      .modify((state: SyncState) => {
        state.contentHash = null;
        state.lastDownloadAt = null;
      });
  }
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
