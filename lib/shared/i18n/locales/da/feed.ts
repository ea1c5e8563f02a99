/** Danish strings of the feed namespace (same keys as en/feed.ts, checked by type). */
import type { Messages } from '../../messages';

export const feed: Messages['feed'] = {
  title: 'Feed',
};
