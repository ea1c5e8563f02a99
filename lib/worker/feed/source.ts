/** Which feed to use: the organization's (managed storage), the person's, or the demo. */
import { browser } from 'wxt/browser';
import { readManagedPolicy } from '../../shared/settings/managed';
import { feedUrlItem } from '../../shared/settings';
import type { FeedSource } from '../../shared/feed/types';

export const DEMO_FEED_URL = 'demo';

export async function resolveFeedSource(): Promise<{ source: FeedSource; url: string }> {
  const managed = await readManagedPolicy();
  if (managed.feedUrl) return { source: 'managed', url: managed.feedUrl };
  const custom = await feedUrlItem.getValue();
  if (custom) return { source: 'custom', url: custom };
  return { source: 'demo', url: DEMO_FEED_URL };
}

/** The embedded demo feed, read from the extension's own package (not web-accessible). */
export async function readDemoFeedText(): Promise<string> {
  const response = await fetch(browser.runtime.getURL('/demo-feed.json'));
  return response.text();
}
