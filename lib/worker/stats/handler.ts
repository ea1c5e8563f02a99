/**
 * The background side of `stats:get`: reads the local share records and computes the
 * person's stats. Background only (it opens the database).
 *
 * Speed (quality bar P6, ≤ 50 ms with 10,000 records): one IndexedDB read of 10,000 rows
 * alone takes 40–55 ms in Chromium 156 here (tests/bench/stats.bench.ts). So records older
 * than CUTOFF_WEEKS are summarised once and the summary is kept in storage; each opening
 * then reads only the newer records plus a count and two keys that prove the older part is
 * unchanged. Any change there (delete everything, an import) makes the summary stale and it
 * is rebuilt from the records: the records stay the source of truth. When a new week moves
 * the cutoff, the week of records in between is added to the summary (mergeSettled).
 */
import { checkedFromVersion1, defineStoredItem } from '../../shared/settings';
import { isRecord, type Reader } from '../../shared/settings/read';
import type { AdvocacyDb, ShareEvent, StoredFeedItem } from '../db';
import { computeStats, mergeSettled, summarizeSettled, type SettledSummary } from './compute';
import type { Stats } from '../../shared/stats/types';

/** Records older than this many weeks count as settled (the chart covers 12, a month ≤ 5). */
const CUTOFF_WEEKS = 16;
const WEEK_MS = 7 * 86_400_000;

export interface StatsCache {
  version: 1;
  timeZone: string;
  /** Records whose `at` sorts before this key (as IndexedDB compares strings) are summarised. */
  cutoffKey: string;
  count: number;
  firstKey: string | null;
  lastKey: string | null;
  summary: SettledSummary;
}

const isCount = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isKey = (value: unknown) => value === null || typeof value === 'string';
const isMs = (value: unknown) => value === null || (typeof value === 'number' && Number.isFinite(value));
const countsIn = (value: unknown) => isRecord(value) && Object.values(value).every(isCount);

/** A derived cache: any shape other than a whole summary reads as "none" (it is computed again). */
const readStatsCache: Reader<StatsCache | null> = (value) => {
  if (!isRecord(value) || typeof value.cutoffKey !== 'string' || !isCount(value.count)) return null;
  if (!isKey(value.firstKey) || !isKey(value.lastKey)) return null;
  const summary = value.summary;
  if (!isRecord(summary) || typeof summary.timeZone !== 'string') return null;
  const counts = ['total', 'fromSuggestion', 'madeOwn', 'ownPosts', 'reposts'].every((name) => isCount(summary[name]));
  const lists =
    countsIn(summary.campaigns) &&
    countsIn(summary.suggestions) &&
    Array.isArray(summary.weekMondays) &&
    summary.weekMondays.every((day) => Number.isInteger(day)) &&
    Array.isArray(summary.recent) &&
    summary.recent.every((share) => isRecord(share) && typeof share.id === 'string' && typeof share.at === 'string');
  if (!counts || !lists || !isMs(summary.firstShareMs) || !isMs(summary.lastShareMs)) return null;
  return value as unknown as StatsCache;
};

/**
 * The summary of the older records. Derived from the share records, so "delete everything"
 * removes it too (clearStatsCache); a stale one is never used (see the fingerprint above).
 */
export const statsCacheItem = defineStoredItem<StatsCache | null>('local:statsCache', {
  fallback: null,
  read: readStatsCache,
  version: 2,
  migrations: checkedFromVersion1(readStatsCache),
});

/** Forget the derived summary (call it with "delete all my data"). */
export function clearStatsCache(): Promise<void> {
  return statsCacheItem.removeValue();
}

/**
 * Topics of a stored feed item: its normalized suggestion's (`_advocacy.topics`, else the item's
 * JSON Feed `tags`; the same in both languages). Read defensively.
 */
export function topicsOfStoredItem(item: StoredFeedItem | undefined): string[] {
  const topics: unknown = item?.en?.topics;
  if (!Array.isArray(topics)) return [];
  return topics.filter((topic): topic is string => typeof topic === 'string' && topic.length <= 100).slice(0, 20);
}

/** The key that splits settled from newer records: a UTC Monday, stable for a whole week. */
export function cutoffKeyAt(now: Date): string {
  const day = Math.floor(now.getTime() / 86_400_000);
  const utcMonday = day - ((day + 3) % 7);
  return new Date(utcMonday * 86_400_000 - CUTOFF_WEEKS * WEEK_MS).toISOString();
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('Reading the share records failed.'));
  });
}

interface Read {
  newer: ShareEvent[];
  settledCount: number;
  firstKey: string | null;
  lastKey: string | null;
}

const keyOf = (cursor: IDBCursor | null) => (typeof cursor?.key === 'string' ? cursor.key : null);

/**
 * Newer records and the fingerprint of the settled ones, in one read-only transaction.
 *
 * The settled count is the table's count less the newer records: counting the whole table walks
 * only its keys, while counting a range of the `at` index checks every entry against its record
 * (Chromium 156 here: 5–9 ms for 10,200 rows against 27–37 ms for the 7,200 settled entries of the
 * index, tests/bench/run.ts 'P6-stats'). A row without a readable `at` (none is written: the
 * protocol checks it) is in no range of the index and so counts as settled, a constant that
 * changes nothing but the count.
 */
async function readNewer(idb: IDBDatabase, cutoffKey: string): Promise<Read> {
  const store = idb.transaction('shares', 'readonly').objectStore('shares');
  const index = store.index('at');
  const settled = IDBKeyRange.upperBound(cutoffKey, true);
  const [newer, total, first, last] = await Promise.all([
    request(index.getAll(IDBKeyRange.lowerBound(cutoffKey)) as IDBRequest<ShareEvent[]>),
    request(store.count()),
    request(index.openKeyCursor(settled, 'next')),
    request(index.openKeyCursor(settled, 'prev')),
  ]);
  return { newer, settledCount: total - newer.length, firstKey: keyOf(first), lastKey: keyOf(last) };
}

async function settledSummary(
  idb: IDBDatabase,
  read: Read,
  cutoffKey: string,
  now: Date,
  timeZone: string,
): Promise<SettledSummary | undefined> {
  if (read.settledCount === 0) {
    await clearStatsCache();
    return undefined;
  }
  const cached = await statsCacheItem.getValue();
  if (
    cached?.version === 1 &&
    cached.timeZone === timeZone &&
    cached.cutoffKey === cutoffKey &&
    cached.count === read.settledCount &&
    cached.firstKey === read.firstKey &&
    cached.lastKey === read.lastKey
  ) {
    return cached.summary;
  }
  const summary =
    (cached ? await advanced(idb, cached, read, cutoffKey, now, timeZone) : undefined) ??
    summarizeSettled(
      await request(
        idb
          .transaction('shares', 'readonly')
          .objectStore('shares')
          .index('at')
          .getAll(IDBKeyRange.upperBound(cutoffKey, true)) as IDBRequest<ShareEvent[]>,
      ),
      now,
      timeZone,
    );
  await statsCacheItem.setValue({
    version: 1,
    timeZone,
    cutoffKey,
    count: read.settledCount,
    firstKey: read.firstKey,
    lastKey: read.lastKey,
    summary,
  });
  return summary;
}

/**
 * When only the cutoff moved on (a new week), the old summary still holds if the records
 * before the old cutoff are unchanged: add the week or so of records between the two
 * cutoffs instead of reading everything again. Undefined when that does not add up.
 */
async function advanced(
  idb: IDBDatabase,
  cached: StatsCache,
  read: Read,
  cutoffKey: string,
  now: Date,
  timeZone: string,
): Promise<SettledSummary | undefined> {
  if (cached.version !== 1 || cached.timeZone !== timeZone || !(cached.cutoffKey < cutoffKey)) return undefined;
  const store = idb.transaction('shares', 'readonly').objectStore('shares');
  const index = store.index('at');
  const old = IDBKeyRange.upperBound(cached.cutoffKey, true);
  // Counted as readNewer counts: the table less what the index has from the old cutoff on.
  const [total, fromOldCutoff, first, last, slice] = await Promise.all([
    request(store.count()),
    request(index.count(IDBKeyRange.lowerBound(cached.cutoffKey))),
    request(index.openKeyCursor(old, 'next')),
    request(index.openKeyCursor(old, 'prev')),
    request(index.getAll(IDBKeyRange.bound(cached.cutoffKey, cutoffKey, false, true)) as IDBRequest<ShareEvent[]>),
  ]);
  const count = total - fromOldCutoff;
  if (count !== cached.count || keyOf(first) !== cached.firstKey || keyOf(last) !== cached.lastKey) return undefined;
  // The merged summary must describe exactly the records the fingerprint of this opening saw.
  const keys = slice.map((event) => event.at).sort();
  const expectedFirst = cached.firstKey ?? keys[0] ?? null;
  const expectedLast = keys.at(-1) ?? cached.lastKey;
  if (
    cached.count + slice.length !== read.settledCount ||
    expectedFirst !== read.firstKey ||
    expectedLast !== read.lastKey
  ) {
    return undefined;
  }
  return mergeSettled(cached.summary, summarizeSettled(slice, now, timeZone));
}

async function topicsLookup(db: AdvocacyDb, ids: Iterable<string>) {
  const suggestionIds = [...new Set(ids)];
  const topicsById = new Map<string, string[]>();
  if (suggestionIds.length) {
    const items = await db.feedItems.bulkGet(suggestionIds);
    items.forEach((item, i) => topicsById.set(suggestionIds[i]!, topicsOfStoredItem(item)));
  }
  return (id: string) => topicsById.get(id);
}

/** The person's stats at `now`, counted in `timeZone`. */
export async function getStats(db: AdvocacyDb, timeZone: string, now = new Date()): Promise<Stats> {
  if (!db.isOpen()) await db.open();
  const idb = db.backendDB() as IDBDatabase | undefined;
  if (!idb?.objectStoreNames.contains('shares')) {
    // Not a native backend (should not happen): read everything through Dexie.
    const events = await db.shares.toArray();
    const topicsOf = await topicsLookup(
      db,
      events.flatMap((event) => (event.suggestionId ? [event.suggestionId] : [])),
    );
    return computeStats(events, now, timeZone, { topicsOf });
  }
  const cutoffKey = cutoffKeyAt(now);
  const read = await readNewer(idb, cutoffKey);
  const settled = await settledSummary(idb, read, cutoffKey, now, timeZone);
  const topicsOf = await topicsLookup(db, [
    ...read.newer.flatMap((event) => (event.suggestionId ? [event.suggestionId] : [])),
    ...Object.keys(settled?.suggestions ?? {}),
  ]);
  return computeStats(read.newer, now, timeZone, { topicsOf, settled });
}
