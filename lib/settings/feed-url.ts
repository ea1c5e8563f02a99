/** Checking a feed address the person typed, before anything is fetched. */

export type FeedUrlCheck =
  { ok: true; url: string; origin: string } | { ok: false; reason: 'empty' | 'invalid' | 'not-https' };

/**
 * HTTPS only (the feed is the one request the extension makes, constraint 7);
 * http://localhost is allowed for people developing a feed, as in lib/feed/fetch.
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
  const local = url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1');
  if (url.protocol !== 'https:' && !local) return { ok: false, reason: 'not-https' };
  return { ok: true, url: url.href, origin: url.origin };
}

/** The host-permission pattern for one feed origin (ports are not part of match patterns). */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}
