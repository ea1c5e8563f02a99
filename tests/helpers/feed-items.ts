/** Stored feed items for tests: a complete StoredFeedItem with whatever a test sets. */
import type { StoredFeedItem } from '@/lib/db/types';

/** An item with only its id: no link, title, summary, dates, campaign or feed data. */
export function makeStoredFeedItem(item: Partial<StoredFeedItem> & Pick<StoredFeedItem, 'id'>): StoredFeedItem {
  return {
    url: null,
    title: '',
    summary: '',
    datePublished: null,
    expiresAt: null,
    campaign: null,
    data: null,
    ...item,
  };
}
