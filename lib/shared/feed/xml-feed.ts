/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 to the shape of a JSON Feed 1.1 object, so every format goes
 * through the same liberal normalization and the same schema afterwards (lib/shared/feed/validate.ts).
 * Uses @rgrove/parse-xml (4.8 KB gzip, strict XML 1.0, no DTD entity expansion, runs in a
 * worker without DOMParser). HTML in descriptions becomes plain text here; it is never rendered.
 */
import { parseXml, XmlElement, type XmlDocument } from '@rgrove/parse-xml';
import { LIMITS } from './limits';
import { problem, type FeedProblem } from './problems';
import { decodeEntities, htmlToText, normalizeSpace, resolveHtmlEntity } from './text';

export type XmlFeedFormat = 'RSS 2.0' | 'RSS 1.0' | 'Atom 1.0';

export type XmlFeedResult =
  | { ok: true; format: XmlFeedFormat; json: Record<string, unknown>; warnings: FeedProblem[] }
  | { ok: false; problem: FeedProblem };

/** Local name without a namespace prefix (`atom:link` → `link`). */
function local(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

function childElements(element: XmlElement): XmlElement[] {
  return element.children.filter((child): child is XmlElement => child instanceof XmlElement);
}

/** First child with this qualified name (`content:encoded`) or, for an unprefixed name, local name. */
function child(element: XmlElement, name: string): XmlElement | undefined {
  return childElements(element).find(
    (node) => node.name === name || (!name.includes(':') && local(node.name) === name),
  );
}

function children(element: XmlElement, name: string): XmlElement[] {
  return childElements(element).filter(
    (node) => node.name === name || (!name.includes(':') && local(node.name) === name),
  );
}

/**
 * CDATA sections are taken out before parsing and put back when text is read: the parser checks
 * every character of a CDATA section one by one, which was most of the time for a 2 MB feed whose
 * articles are CDATA HTML. A placeholder is a private-use character and the section's number.
 */
const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
const PLACEHOLDER = /\uE000(\d+)\uE001/g;

function liftCdata(text: string): { xml: string; sections: string[] } {
  const sections: string[] = [];
  const xml = text.replace(/[\uE000\uE001]/g, '').replace(CDATA, (_match, content: string) => {
    sections.push(content);
    return `\uE000${sections.length - 1}\uE001`;
  });
  return { xml, sections };
}

let cdataSections: string[] = [];

/** An element's text with its CDATA sections back in place. */
function rawText(element: XmlElement): string {
  const text = element.text;
  return text.includes('\uE000') ? text.replace(PLACEHOLDER, (_m, n: string) => cdataSections[Number(n)] ?? '') : text;
}

function textOf(element: XmlElement | undefined): string | undefined {
  if (!element) return undefined;
  const value = normalizeSpace(rawText(element));
  return value || undefined;
}

/** Text of an element that may hold HTML (RSS descriptions always may; Atom says so with type). */
function htmlTextOf(
  element: XmlElement | undefined,
  html = true,
  maxChars: number = LIMITS.contentKept,
): string | undefined {
  if (!element) return undefined;
  // Atom type="xhtml": the markup is child elements; their text is what we want. Plain text
  // is still entity-decoded: double-escaped "&amp;hellip;" is common and never meant literally.
  const text = rawText(element);
  const value = html ? htmlToText(text, maxChars) : normalizeSpace(decodeEntities(text));
  return value || undefined;
}

function atomIsHtml(element: XmlElement | undefined): boolean {
  const type = element?.attributes.type ?? 'text';
  return type === 'html' || type === 'text/html';
}

/** RFC 822 (RSS) or RFC 3339 (Atom, dc:date) to an ISO date, or undefined. */
export function toIsoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let text = value.trim();
  // RFC 822 allows two-digit years and some zone names Date.parse does not know everywhere.
  text = text.replace(/\b(UT)\b/, 'GMT');
  const time = Date.parse(text);
  if (Number.isNaN(time)) return undefined;
  const year = new Date(time).getUTCFullYear();
  if (year < 1990 || year > 2200) return undefined;
  return new Date(time).toISOString();
}

function isImageType(type: string | undefined, url: string): boolean {
  if (type) return type.toLowerCase().startsWith('image/');
  return /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i.test(url);
}

/** The first image of an item: media:thumbnail, media:content, an image enclosure, itunes:image. */
function rssImage(item: XmlElement): string | undefined {
  const group = child(item, 'media:group');
  const scopes = group ? [item, group] : [item];
  for (const scope of scopes) {
    const thumb = child(scope, 'media:thumbnail')?.attributes.url;
    if (thumb) return thumb;
    for (const media of children(scope, 'media:content')) {
      const url = media.attributes.url;
      if (url && (media.attributes.medium === 'image' || isImageType(media.attributes.type, url))) return url;
    }
  }
  for (const enclosure of children(item, 'enclosure')) {
    const url = enclosure.attributes.url;
    if (url && isImageType(enclosure.attributes.type, url)) return url;
  }
  return child(item, 'itunes:image')?.attributes.href;
}

function categories(item: XmlElement, atom: boolean): string[] | undefined {
  const tags = atom
    ? children(item, 'category').map((node) => node.attributes.label ?? node.attributes.term ?? '')
    : [...children(item, 'category'), ...children(item, 'dc:subject')].map((node) => rawText(node));
  const clean = [...new Set(tags.map((tag) => normalizeSpace(tag)).filter(Boolean))];
  return clean.length ? clean : undefined;
}

/**
 * RSS 2.0 (items inside <channel>) and RSS 1.0 (items beside it, under <rdf:RDF>, each named by
 * its rdf:about) read the same way: the elements RSS 1.0 uses are RSS 2.0's and Dublin Core's.
 */
function rssToJson(
  channel: XmlElement,
  version: string | undefined,
  itemsParent: XmlElement = channel,
): Record<string, unknown> {
  const items = children(itemsParent, 'item').map((item) => {
    const link = textOf(child(item, 'link'));
    const guid = child(item, 'guid');
    const guidText = textOf(guid);
    // A guid is a link only when isPermaLink is not "false" and it looks like one.
    const guidLink =
      guid && guid.attributes.isPermaLink !== 'false' && /^https?:\/\//i.test(guidText ?? '') ? guidText : undefined;
    const encoded = htmlTextOf(child(item, 'content:encoded'));
    const description = htmlTextOf(child(item, 'description'), true, LIMITS.summary);
    return {
      id: guidText ?? item.attributes['rdf:about'] ?? link ?? textOf(child(item, 'title')),
      url: link ?? guidLink,
      title: htmlTextOf(child(item, 'title'), true, LIMITS.title),
      summary: description ?? encoded,
      content_text: encoded ?? description,
      image: rssImage(item),
      date_published: toIsoDate(textOf(child(item, 'pubDate')) ?? textOf(child(item, 'dc:date'))),
      tags: categories(item, false),
      language: textOf(child(item, 'dc:language')) ?? item.attributes['xml:lang'],
    };
  });
  return {
    version: `rss ${version ?? '2.0'}`,
    title: htmlTextOf(child(channel, 'title')),
    home_page_url: textOf(child(channel, 'link')),
    description: htmlTextOf(child(channel, 'description')),
    language:
      textOf(child(channel, 'language')) ??
      textOf(child(channel, 'dc:language')) ??
      channel.attributes['xml:lang'] ??
      itemsParent.attributes['xml:lang'],
    items,
  };
}

/** An Atom link: rel="alternate" (or no rel) with an html type preferred. */
function atomLink(entry: XmlElement, base: string | undefined): string | undefined {
  const links = children(entry, 'link').filter((link) => link.attributes.href);
  const alternate =
    links.find(
      (link) =>
        (link.attributes.rel ?? 'alternate') === 'alternate' && /html/.test(link.attributes.type ?? 'text/html'),
    ) ?? links.find((link) => (link.attributes.rel ?? 'alternate') === 'alternate');
  const href = alternate?.attributes.href;
  if (!href) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}

function atomImage(entry: XmlElement): string | undefined {
  const enclosure = children(entry, 'link').find(
    (link) =>
      link.attributes.rel === 'enclosure' &&
      link.attributes.href &&
      isImageType(link.attributes.type, link.attributes.href),
  );
  return enclosure?.attributes.href ?? child(entry, 'media:thumbnail')?.attributes.url ?? rssImage(entry);
}

function atomText(element: XmlElement | undefined): string | undefined {
  return htmlTextOf(element, atomIsHtml(element));
}

function atomToJson(feed: XmlElement): Record<string, unknown> {
  const feedBase = feed.attributes['xml:base'];
  const items = children(feed, 'entry').map((entry) => {
    const base = entry.attributes['xml:base'] ?? feedBase;
    const content = child(entry, 'content');
    // Out-of-line content (src=…) has no text for us.
    const contentText = content?.attributes.src ? undefined : atomText(content);
    return {
      id: textOf(child(entry, 'id')) ?? atomLink(entry, base),
      url: atomLink(entry, base),
      title: atomText(child(entry, 'title')),
      summary: atomText(child(entry, 'summary')) ?? contentText,
      content_text: contentText,
      image: atomImage(entry),
      date_published: toIsoDate(textOf(child(entry, 'published')) ?? textOf(child(entry, 'updated'))),
      date_modified: toIsoDate(textOf(child(entry, 'updated'))),
      tags: categories(entry, true),
      language: entry.attributes['xml:lang'],
    };
  });
  return {
    version: 'atom 1.0',
    title: atomText(child(feed, 'title')),
    home_page_url: atomLink(feed, feedBase),
    description: atomText(child(feed, 'subtitle')),
    language: feed.attributes['xml:lang'],
    items,
  };
}

/** Parses XML text; recognises RSS 2.0 (and 0.9x) and Atom 1.0 by the root element. */
export function parseXmlFeed(text: string): XmlFeedResult {
  let document: XmlDocument;
  const { xml, sections } = liftCdata(text);
  try {
    // HTML named references (&nbsp;, &aelig;) are common in hand-written feeds and harmless.
    document = parseXml(xml, { resolveUndefinedEntity: resolveHtmlEntity, ignoreUndefinedEntities: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 200) : String(error).slice(0, 200);
    return { ok: false, problem: problem('xml-invalid', { detail: message }) };
  }
  // Read synchronously below, before anything else can parse; cleared afterwards.
  cdataSections = sections;
  try {
    return readRoot(document);
  } finally {
    cdataSections = [];
  }
}

function readRoot(document: XmlDocument): XmlFeedResult {
  const root = document.root;
  if (!root) return { ok: false, problem: problem('xml-no-root') };
  const name = local(root.name);
  if (name === 'rss') {
    const channel = child(root, 'channel');
    if (!channel) return { ok: false, problem: problem('rss-no-channel') };
    const version = root.attributes.version;
    const warnings =
      version && !/^(2\.|0\.9)/.test(version) ? [problem('rss-version', { version: version.slice(0, 20) })] : [];
    return { ok: true, format: 'RSS 2.0', json: rssToJson(channel, version), warnings };
  }
  if (name === 'feed') {
    return { ok: true, format: 'Atom 1.0', json: atomToJson(root), warnings: [] };
  }
  if (name === 'RDF') {
    // RSS 1.0 (RDF Site Summary): still published by older CMSs; read liberally like the others.
    const channel = child(root, 'channel');
    if (!channel) return { ok: false, problem: problem('rss-no-channel') };
    return { ok: true, format: 'RSS 1.0', json: rssToJson(channel, '1.0', root), warnings: [] };
  }
  if (name.toLowerCase() === 'html') {
    return { ok: false, problem: problem('web-page', { type: 'HTML' }) };
  }
  return { ok: false, problem: problem('xml-not-feed', { root: root.name.slice(0, 50) }) };
}
