/**
 * Finding a newsroom's feed from its homepage, as every feed reader does: the page's
 * `<link rel="alternate" type="application/rss+xml | application/atom+xml | application/feed+json" href="…">`.
 * A communications person knows the company's website, not the address of its feed.
 *
 * A small tolerant tag scanner, not a DOM: Chrome's MV3 worker has no DOMParser, and nothing of
 * the page is ever rendered or put into a document (no innerHTML). Comments, scripts and styles
 * are skipped; attributes may be quoted with " or ', or not at all; `<base href>` is honoured.
 */
import { decodeEntities, normalizeSpace } from './text';

/** One feed a page links to. */
export interface DiscoveredFeed {
  url: string;
  /** The link's title ("Nyheder"), empty when it has none. */
  title: string;
  format: 'RSS' | 'Atom' | 'JSON Feed';
}

const FEED_TYPES: Readonly<Record<string, DiscoveredFeed['format']>> = {
  'application/rss+xml': 'RSS',
  'application/rdf+xml': 'RSS',
  'application/atom+xml': 'Atom',
  // Not application/json: WordPress links its REST API with it on every page.
  'application/feed+json': 'JSON Feed',
};

/** Most a page may link to that we list (a page with hundreds of tag feeds lists the first). */
export const MAX_DISCOVERED = 20;

const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function attributesOf(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const inner = tag.replace(/^<\s*\w+/, '').replace(/\/?>$/, '');
  for (const match of inner.matchAll(ATTRIBUTE)) {
    const name = match[1]!.toLowerCase();
    if (!(name in out)) out[name] = decodeAttribute(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return out;
}

/** An attribute's value with its character references decoded (HTML's named ones too: &raquo;). */
function decodeAttribute(value: string): string {
  return normalizeSpace(decodeEntities(value));
}

/** True when the text is an HTML page rather than a feed (a doctype or an <html> element first). */
export function looksLikeHtml(text: string): boolean {
  const start = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 512)
    .toLowerCase();
  return /^(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html|<html[\s>]|<head[\s>])/.test(start);
}

/**
 * The feeds a page links to, in the page's order, without duplicates, resolved against the page
 * (or its `<base href>`); only https ones (and http://localhost for a page on the same machine).
 */
export function discoverFeeds(html: string, pageUrl: string): DiscoveredFeed[] {
  const text = html
    .slice(0, 2 * 1024 * 1024)
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<(script|style|template|textarea)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ');
  let base = pageUrl;
  const baseTag = /<base\b[^>]*>/i.exec(text);
  if (baseTag) {
    const href = attributesOf(baseTag[0]).href;
    try {
      if (href) base = new URL(href, pageUrl).href;
    } catch {
      // a broken <base> is ignored, as browsers do
    }
  }
  const feeds: DiscoveredFeed[] = [];
  const seen = new Set<string>();
  for (const match of text.matchAll(/<link\b[^>]*>/gi)) {
    const attributes = attributesOf(match[0]);
    const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
    const type = (attributes.type ?? '').toLowerCase().split(';')[0]!.trim();
    const format = FEED_TYPES[type];
    if (!rel.includes('alternate') || !format || !attributes.href) continue;
    let url: URL;
    try {
      url = new URL(attributes.href, base);
    } catch {
      continue;
    }
    const local = url.protocol === 'http:' && url.hostname === 'localhost';
    if ((url.protocol !== 'https:' && !local) || url.username || url.password) continue;
    url.hash = '';
    if (seen.has(url.href)) continue;
    seen.add(url.href);
    feeds.push({ url: url.href, title: (attributes.title ?? '').slice(0, 200), format });
    if (feeds.length >= MAX_DISCOVERED) break;
  }
  return feeds;
}
