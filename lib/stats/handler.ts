/**
 * The background side of `stats:get`: reads the local share records and computes the
 * person's stats. Background only (it opens the database).
 */
import type { AdvocacyDb, StoredFeedItem } from '../db';
import { computeStats } from './compute';
import type { Stats } from './types';

/**
 * Topics of a stored feed item. lib/feed keeps the normalised item in `data`; we read
 * `data.topics` defensively (the shape belongs to lib/feed) and ignore anything else.
 */
export function topicsOfStoredItem(item: StoredFeedItem | undefined): string[] {
  const topics = (item?.data as { topics?: unknown } | null | undefined)?.topics;
  if (!Array.isArray(topics)) return [];
  return topics.filter((topic): topic is string => typeof topic === 'string' && topic.length <= 100).slice(0, 20);
}

/**
 * One read of the shares table (getAll under the hood: the fastest way through IndexedDB),
 * then a bulk lookup of just the feed items those shares came from, for their topics.
 */
export async function getStats(db: AdvocacyDb, timeZone: string, now = new Date()): Promise<Stats> {
  const events = await db.shares.toArray();
  const suggestionIds = [...new Set(events.flatMap((event) => (event.suggestionId ? [event.suggestionId] : [])))];
  const topicsById = new Map<string, string[]>();
  if (suggestionIds.length) {
    const items = await db.feedItems.bulkGet(suggestionIds);
    items.forEach((item, i) => topicsById.set(suggestionIds[i]!, topicsOfStoredItem(item)));
  }
  return computeStats(events, now, timeZone, { topicsOf: (id) => topicsById.get(id) });
}
