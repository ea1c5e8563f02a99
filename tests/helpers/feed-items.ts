/**
 * Stored feed items for tests, as a sync stores them (database version 2): the items validated,
 * normalized and ranked by the product's own code (lib/worker/feed/stored-feed.ts).
 */
import type { StoredFeedItem } from '@/lib/worker/db/types';
import { toStoredItems } from '@/lib/worker/feed/stored-feed';
import { validateFeed } from '@/lib/shared/feed/validate';

/** The rows of a feed with these items (each needs an https `url`). */
export function storedItems(items: Record<string, unknown>[]): StoredFeedItem[] {
  const result = validateFeed({ version: 'https://jsonfeed.org/version/1.1', title: 'Test feed', items });
  if (!result.ok) throw new Error(`storedItems: ${JSON.stringify(result.issues)}`);
  return toStoredItems(result.feed);
}

/** One item's row: a link and a title of its own unless the test sets them, no dates, campaign or topics. */
export function makeStoredFeedItem(item: Record<string, unknown> & { id: string }): StoredFeedItem {
  const [row] = storedItems([{ url: `https://news.example.com/${item.id}`, title: item.id, ...item }]);
  if (!row) throw new Error('makeStoredFeedItem: no row');
  return row;
}
