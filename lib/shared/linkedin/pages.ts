/** Pure URL predicates for LinkedIn pages (table-tested in tests/unit/linkedin-pages.test.ts). */

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function isLinkedIn(url: string): boolean {
  const parsed = parse(url);
  return parsed?.protocol === 'https:' && parsed.hostname === 'www.linkedin.com';
}

/** The hidden /preload frame holds a decoy editor (LB); never act there. */
export function isPreload(url: string): boolean {
  return (
    isLinkedIn(url) &&
    parse(url)!.pathname.startsWith('/preload') &&
    !parse(url)!.pathname.startsWith('/preload/sharebox')
  );
}

export function isFeed(url: string): boolean {
  return isLinkedIn(url) && /^\/feed\/?$/.test(parse(url)!.pathname);
}

/** URLs on which LinkedIn opens the share box by itself. */
export function opensShareBox(url: string): boolean {
  if (!isLinkedIn(url)) return false;
  const parsed = parse(url)!;
  return (
    parsed.searchParams.get('shareActive') === 'true' ||
    parsed.pathname.startsWith('/preload/sharebox') ||
    parsed.pathname.startsWith('/sharing/compose')
  );
}
