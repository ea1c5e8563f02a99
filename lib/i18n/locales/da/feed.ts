/** Danish strings of the feed namespace (same keys as en/feed.ts, checked by type). */
import type { Messages } from '../../index';

export const feed: Messages['feed'] = {
  title: 'Feed',
};
