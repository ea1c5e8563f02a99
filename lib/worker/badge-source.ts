/**
 * Which feed the suggestions the person sees now come from (background only: it reads the
 * database). The same choice as `readCurrentFeed`: the configured source once it has synced, the
 * embedded demo while it is the source, else the last good feed that is still shown meanwhile.
 * The badge counts only against a look at this same feed (lib/shared/badge).
 */
import { getDb } from './db';
import { DEMO_FEED_URL, resolveFeedSource } from './feed/source';

export async function shownFeedSource(): Promise<string | null> {
  const [meta, source] = await Promise.all([getDb().feedMeta.get('current'), resolveFeedSource()]);
  if (meta?.sourceUrl === source.url || source.url === DEMO_FEED_URL) return source.url;
  return meta?.sourceUrl ?? null;
}
