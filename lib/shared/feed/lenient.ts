/**
 * Liberal where the extension does not use a field, strict where a person shares (issue 12):
 * before the schema sees a JSON Feed object (or the JSON Feed shape of an RSS/Atom feed), fields
 * we never use are dropped instead of failing, over-long text is shortened at a word boundary,
 * relative images are resolved against the item's link (or dropped), HTML becomes plain text,
 * and dates in other formats become ISO dates. The link a person shares stays strict: the
 * schema still requires `url` to be https.
 */
import { LIMITS } from './limits';
import { problem, type FeedProblem } from './problems';
import { htmlToText, normalizeSpace, truncateAtWord } from './text';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => !!value && typeof value === 'object' && !Array.isArray(value);

function httpsOrNull(value: unknown, base?: string | null): string | null {
  if (typeof value !== 'string' || !value.trim() || value.length > LIMITS.url) return null;
  try {
    const url = new URL(value.trim(), base ?? undefined);
    return url.protocol === 'https:' && !url.username && !url.password ? url.href : null;
  } catch {
    return null;
  }
}

function shortened(value: unknown, max: number): unknown {
  return typeof value === 'string' ? truncateAtWord(normalizeSpace(value), max) : value;
}

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** An ISO date with offset as the schema wants; other parseable dates converted; else dropped. */
function date(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (ISO_WITH_OFFSET.test(text) && !Number.isNaN(Date.parse(text))) return text;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function localizedShortened(value: unknown, max: number): unknown {
  if (!isObject(value)) return value;
  const out: Json = { ...value };
  for (const key of ['da', 'en']) if (typeof out[key] === 'string') out[key] = shortened(out[key], max);
  return out;
}

/** The envelope with unusable optional links and text dropped; `warnings` says what was dropped. */
export function relaxEnvelope(json: Json, warnings: FeedProblem[]): Json {
  const out: Json = { ...json };
  for (const key of ['home_page_url', 'feed_url'] as const) {
    if (out[key] === undefined) continue;
    const link = httpsOrNull(out[key]);
    if (link) out[key] = link;
    else {
      warnings.push(problem('link-ignored', undefined, [key]));
      delete out[key];
    }
  }
  if (out.title === undefined || (typeof out.title === 'string' && !out.title.trim())) {
    const home = typeof out.home_page_url === 'string' ? new URL(out.home_page_url).hostname : null;
    out.title = home ?? 'Untitled feed';
    warnings.push(problem('title-missing', { title: out.title as string }, ['title']));
  } else out.title = shortened(out.title, LIMITS.shortText);
  if (typeof out.description === 'string') out.description = shortened(htmlToText(out.description), LIMITS.summary);
  else delete out.description;
  if (typeof out.language !== 'string' || out.language.length > LIMITS.language) delete out.language;
  for (const key of Object.keys(out)) {
    if (
      !['version', 'title', 'home_page_url', 'feed_url', 'description', 'language', 'items', '_advocacy'].includes(key)
    )
      delete out[key];
  }
  return out;
}

/** One item, relaxed; `base` resolves a relative item link (the feed's own address). */
export function relaxItem(raw: Json, base: string | null): Json {
  const out: Json = {};
  const id = raw.id ?? raw.url ?? raw.external_url;
  out.id = typeof id === 'string' ? normalizeSpace(id).slice(0, LIMITS.shortText) : id;
  if (raw.url !== undefined) {
    // Relative permalinks are resolved against the feed; anything not https then fails in the schema.
    out.url = httpsOrNull(raw.url, base) ?? raw.url;
  }
  const external = httpsOrNull(raw.external_url, base);
  if (external) out.external_url = external;
  if (raw.title !== undefined) out.title = shortened(raw.title, LIMITS.title);
  const contentText =
    typeof raw.content_text === 'string'
      ? normalizeSpace(raw.content_text.slice(0, LIMITS.contentKept * 2))
      : typeof raw.content_html === 'string'
        ? htmlToText(raw.content_html, LIMITS.contentKept)
        : undefined;
  if (contentText) out.content_text = truncateAtWord(contentText, LIMITS.contentKept);
  const summary = typeof raw.summary === 'string' ? normalizeSpace(raw.summary) : undefined;
  if (summary) out.summary = truncateAtWord(summary, LIMITS.summary);
  else if (contentText && typeof raw.title !== 'string') out.summary = truncateAtWord(contentText, LIMITS.summary);
  const itemLink = typeof out.url === 'string' && httpsOrNull(out.url) ? out.url : base;
  const image = httpsOrNull(raw.image, itemLink) ?? httpsOrNull(raw.banner_image, itemLink);
  if (image) out.image = image;
  const published = date(raw.date_published);
  if (published) out.date_published = published;
  const modified = date(raw.date_modified);
  if (modified) out.date_modified = modified;
  if (Array.isArray(raw.tags)) {
    const tags = [
      ...new Set(
        raw.tags
          .filter((tag): tag is string => typeof tag === 'string')
          .map((tag) => truncateAtWord(normalizeSpace(tag), 50)),
      ),
    ].filter(Boolean);
    if (tags.length) out.tags = tags.slice(0, LIMITS.tags);
  }
  if (typeof raw.language === 'string' && raw.language.length <= LIMITS.language) out.language = raw.language;
  if (raw._advocacy !== undefined) {
    const advocacy = raw._advocacy;
    out._advocacy = isObject(advocacy)
      ? {
          ...advocacy,
          ...(advocacy.title !== undefined ? { title: localizedShortened(advocacy.title, LIMITS.title) } : {}),
          ...(advocacy.summary !== undefined ? { summary: localizedShortened(advocacy.summary, LIMITS.summary) } : {}),
        }
      : advocacy;
  }
  return out;
}

/** Base for relative item links: the feed's own address, else its https feed_url or home page. */
export function baseOf(envelope: Json, url: string | null | undefined): string | null {
  return httpsOrNull(url ?? null) ?? httpsOrNull(envelope.feed_url) ?? httpsOrNull(envelope.home_page_url);
}
