/** Checking a feed address the person typed, before anything is fetched. */

export type FeedUrlCheck =
  { ok: true; url: string; origin: string } | { ok: false; reason: 'empty' | 'invalid' | 'not-https' | 'loopback-ip' };

/**
 * HTTPS only (the feed is the one request the extension makes, constraint 7);
 * http://localhost is allowed for people developing a feed, as in lib/shared/feed/fetch. http://127.0.0.1
 * is refused with its own message: the manifest can offer only http://localhost/* as an optional
 * host permission, so the options page would offer a permission it cannot grant.
 */
export function checkFeedUrl(input: string): FeedUrlCheck {
  const value = input.trim();
  if (!value) return { ok: false, reason: 'empty' };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (url.username || url.password) return { ok: false, reason: 'invalid' };
  if (url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === '[::1]')) {
    return { ok: false, reason: 'loopback-ip' };
  }
  const local = url.protocol === 'http:' && url.hostname === 'localhost';
  if (url.protocol !== 'https:' && !local) return { ok: false, reason: 'not-https' };
  return { ok: true, url: url.href, origin: url.origin };
}

/** The host-permission pattern for one feed origin (ports are not part of match patterns). */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}
