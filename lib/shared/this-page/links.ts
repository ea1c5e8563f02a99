/**
 * "Share this page on LinkedIn" and "Suggest this page to <contact>" in the popup: pure link
 * builders (tested in tests/unit/badge-and-this-page.test.ts). Nothing here sends anything: the first opens
 * LinkedIn's own composer with the link in it, the second a mail draft in the person's own mail
 * program.
 */

/** The page the person is on, as the popup read it from the active tab (activeTab). */
export interface CurrentPage {
  url: string;
  title: string;
}

const MAX_URL = 2000;

/**
 * The link to share for a tab's URL, or null when the tab is not a web page that can be shared
 * (the browser's own pages, extension pages, files, data: URLs, or an address we cannot read).
 * The fragment is dropped: it is the reader's position in the page, not part of the page.
 */
export function shareablePageUrl(url: string | undefined | null): string | null {
  if (!url || url.length > MAX_URL) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (parsed.username || parsed.password) return null;
  parsed.hash = '';
  return parsed.href;
}

/**
 * LinkedIn's own composer with the link in it. `/feed/?shareActive=true` is the URL on which
 * LinkedIn opens its share box by itself (dom-evidence §3.1), and `text` pre-fills the draft;
 * the watcher recognises the composer there like any other (lib/shared/linkedin/pages.ts
 * `opensShareBox`), so the panel, its guideline checks and reminders work as for a suggestion.
 * (`/sharing/share-offsite/?url=` opens a different, link-preview-only page without our panel.)
 * Only the link goes in: the words are the person's own.
 */
export function linkedInComposerUrl(pageUrl: string): string {
  return `https://www.linkedin.com/feed/?shareActive=true&text=${encodeURIComponent(pageUrl)}`;
}

/** A plain e-mail address (the feed's schema checks it too); no `?`, `&` or `#` that could add mail headers. */
const EMAIL = /^[^\s@?&#/:,;<>"'()[\]\\]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

export function isMailAddress(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

/**
 * A `mailto:` draft (RFC 6068) to the communications contact with the page's title and link.
 * Subject and body are percent-encoded (spaces as %20, line breaks as %0D%0A), so a page title
 * cannot add recipients or headers. Null when the address is not a plain e-mail address.
 */
export function suggestPageMailto(
  email: string,
  page: CurrentPage,
  texts: { subject: (title: string) => string; body: (title: string, url: string) => string },
): string | null {
  if (!isMailAddress(email)) return null;
  const title = page.title.trim().slice(0, 200) || page.url;
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return `mailto:${email}?subject=${encode(texts.subject(title))}&body=${encode(texts.body(title, page.url))}`;
}
